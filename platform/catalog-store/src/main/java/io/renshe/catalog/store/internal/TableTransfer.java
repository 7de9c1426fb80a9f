package io.renshe.catalog.store.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.renshe.catalog.store.DatabaseMaintenance.Transfer;

/**
 * Copies the tables of the platform database through JDBC metadata, whatever tracks own them: every table of the
 * connection's schema but the migration history, in the order of their foreign keys. An export is gzip-compressed
 * JSON lines: a header with the version of every track, then per table a line with its columns, one line per row
 * (an array of values) and a line that ends it.
 * <p>
 * Values are written by their JDBC type: numbers as numbers (decimals as text, exact), text as text, booleans,
 * dates ({@code 2026-11-28}), times, timestamps as instants in UTC (read and written in the JVM's zone, as the platform
 * writes them), binary data as base64. Identity columns keep their values on import; their generators go on after the
 * largest (Derby: {@code ALTER … RESTART WITH}, PostgreSQL: {@code setval}).
 */
final class TableTransfer {

    static final String FORMAT = "renshe-export/1";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int BATCH = 500;
    private static final JsonFactory JSON = new JsonFactory();

    private final Connection connection;
    private final String dialect;

    TableTransfer(Connection connection) throws SQLException {
        this.connection = connection;
        this.dialect = MigrationRunner.dialect(connection.getMetaData());
    }

    /**
     * A column: its name, its JDBC type, whether it is an identity column, and whether its values are always generated
     * (Derby's {@code GENERATED ALWAYS}, which takes no given value until it is altered).
     */
    record Column(String name, int type, boolean identity, boolean always) {
    }

    /** A table and its columns. */
    record Table(String name, List<Column> columns) {
    }

    // export

    Transfer export(Path file) throws IOException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Integer> tracks = tracks();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)));
             JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("exported", Instant.now().toString());
            json.writeStringField("product", connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion());
            json.writeObjectFieldStart("tracks");
            for (Map.Entry<String, Integer> track : tracks.entrySet()) {
                json.writeNumberField(track.getKey(), track.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            for (Table table : tables()) {
                rows.put(table.name(), exportTable(table, json));
            }
            json.writeStartObject();
            json.writeStringField("end", "export");
            json.writeNumberField("tables", rows.size());
            json.writeEndObject();
            json.writeRaw('\n');
        } finally {
            connection.commit();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new Transfer(file, rows, tracks);
    }

    private long exportTable(Table table, JsonGenerator json) throws IOException, SQLException {
        json.writeStartObject();
        json.writeStringField("table", table.name());
        json.writeArrayFieldStart("columns");
        for (Column column : table.columns()) {
            json.writeStartObject();
            json.writeStringField("name", column.name());
            json.writeStringField("type", typeName(column.type()));
            json.writeBooleanField("identity", column.identity());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        long count = 0;
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery("SELECT " + columnList(table.columns()) + " FROM " + table.name()
                    + orderBy(table))) {
                while (rs.next()) {
                    json.writeStartArray();
                    for (int i = 0; i < table.columns().size(); i++) {
                        write(json, rs, i + 1, table.columns().get(i).type());
                    }
                    json.writeEndArray();
                    count++;
                }
            }
        }
        json.writeStartObject();
        json.writeStringField("end", table.name());
        json.writeNumberField("rows", count);
        json.writeEndObject();
        return count;
    }

    private static String orderBy(Table table) {
        return table.columns().stream().filter(Column::identity).findFirst().map(c -> " ORDER BY " + c.name()).orElse("");
    }

    private static void write(JsonGenerator json, ResultSet rs, int i, int type) throws IOException, SQLException {
        switch (type) {
            case Types.BIT, Types.BOOLEAN -> {
                boolean value = rs.getBoolean(i);
                if (rs.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
                long value = rs.getLong(i);
                if (rs.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> {
                double value = rs.getDouble(i);
                if (rs.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal value = rs.getBigDecimal(i);
                json.writeString(value == null ? null : value.toPlainString());
            }
            case Types.DATE -> {
                Date value = rs.getDate(i);
                json.writeString(value == null ? null : value.toLocalDate().toString());
            }
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> {
                Time value = rs.getTime(i);
                json.writeString(value == null ? null : value.toLocalTime().toString());
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                Timestamp value = rs.getTimestamp(i);
                json.writeString(value == null ? null : value.toInstant().toString());
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] value = rs.getBytes(i);
                json.writeString(value == null ? null : Base64.getEncoder().encodeToString(value));
            }
            default -> json.writeString(rs.getString(i));
        }
    }

    // import

    Transfer importFrom(Path file, boolean replace) throws IOException, SQLException {
        Header header = header(file);
        Map<String, Integer> here = tracks();
        for (Map.Entry<String, Integer> track : header.tracks().entrySet()) {
            Integer version = here.get(track.getKey());
            if (!track.getValue().equals(version)) {
                throw new IllegalStateException("the export has track " + track.getKey() + " at version " + track.getValue()
                        + ", this database " + (version == null ? "does not have it" : "at version " + version)
                        + ": run the same platform version, with the same bundles, on this database first");
            }
        }
        Map<String, Table> targets = new HashMap<>();
        for (Table table : tables()) {
            targets.put(table.name().toUpperCase(Locale.ROOT), table);
        }
        Map<String, Table> plan = new LinkedHashMap<>();
        for (Table exported : header.tables()) {
            Table target = targets.get(exported.name().toUpperCase(Locale.ROOT));
            if (target == null) {
                throw new IllegalStateException("the export has table " + exported.name() + ", which this database lacks");
            }
            for (Column column : exported.columns()) {
                if (target.columns().stream().noneMatch(c -> c.name().equalsIgnoreCase(column.name()))) {
                    throw new IllegalStateException("the export has column " + exported.name() + "." + column.name()
                            + ", which this database lacks");
                }
            }
            plan.put(exported.name(), target);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            List<Table> order = new ArrayList<>(plan.values());
            try (Statement s = connection.createStatement()) {
                for (Table table : order) {
                    s.execute("LOCK TABLE " + table.name() + " IN EXCLUSIVE MODE");
                }
                List<Table> reverse = new ArrayList<>(order);
                java.util.Collections.reverse(reverse);
                for (Table table : reverse) {
                    if (replace) {
                        s.executeUpdate("DELETE FROM " + table.name());
                    } else if (hasRows(table)) {
                        throw new IllegalStateException("table " + table.name() + " of this database is not empty: "
                                + "import into empty tables, or replace what they hold (catalog:import --replace)");
                    }
                }
            }
            generatedAlways(order, false);
            readRows(file, plan, rows);
            for (Table table : order) {
                restartIdentities(table);
            }
            generatedAlways(order, true);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Transfer(file, rows, header.tracks());
    }

    private boolean hasRows(Table table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private void readRows(Path file, Map<String, Table> plan, Map<String, Long> rows) throws IOException, SQLException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
             JsonParser json = JSON.createParser(in)) {
            Table exported = null;
            Table target = null;
            PreparedStatement insert = null;
            int[] targetTypes = null;
            long count = 0;
            int batch = 0;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    Map<String, Object> line = object(json);
                    if (line.containsKey("table")) {
                        exported = table(line);
                        target = plan.get(exported.name());
                        insert = connection.prepareStatement(insertSql(target, exported));
                        targetTypes = targetTypes(target, exported);
                        count = 0;
                    } else if (line.containsKey("end") && exported != null && exported.name().equals(line.get("end"))) {
                        if (batch > 0) {
                            insert.executeBatch();
                            batch = 0;
                        }
                        insert.close();
                        rows.put(exported.name(), count);
                        exported = null;
                    }
                } else if (token == JsonToken.START_ARRAY) {
                    if (exported == null) {
                        throw new IOException("a row outside a table in " + file);
                    }
                    int i = 0;
                    for (JsonToken value = json.nextToken(); value != JsonToken.END_ARRAY; value = json.nextToken()) {
                        if (i >= targetTypes.length) {
                            throw new IOException("a row of " + exported.name() + " with more values than columns");
                        }
                        bind(insert, i + 1, targetTypes[i], json, value);
                        i++;
                    }
                    insert.addBatch();
                    count++;
                    if (++batch == BATCH) {
                        insert.executeBatch();
                        batch = 0;
                    }
                }
            }
        }
    }

    private String insertSql(Table target, Table exported) {
        List<String> names = exported.columns().stream().map(c -> nameIn(target, c.name())).toList();
        boolean identity = target.columns().stream().anyMatch(c -> c.identity()
                && names.stream().anyMatch(n -> n.equalsIgnoreCase(c.name())));
        return "INSERT INTO " + target.name() + " (" + String.join(", ", names) + ")"
                + (identity && "postgresql".equals(dialect) ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (" + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
    }

    private static String nameIn(Table target, String column) {
        return target.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst().orElseThrow().name();
    }

    private static int[] targetTypes(Table target, Table exported) {
        int[] types = new int[exported.columns().size()];
        for (int i = 0; i < types.length; i++) {
            String name = exported.columns().get(i).name();
            types[i] = target.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElseThrow().type();
        }
        return types;
    }

    private static void bind(PreparedStatement insert, int i, int type, JsonParser json, JsonToken value)
            throws IOException, SQLException {
        if (value == JsonToken.VALUE_NULL) {
            insert.setNull(i, type);
            return;
        }
        String text = json.getText();
        switch (type) {
            case Types.BIT, Types.BOOLEAN -> insert.setBoolean(i, value == JsonToken.VALUE_TRUE || "true".equals(text));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> insert.setInt(i, Integer.parseInt(text));
            case Types.BIGINT -> insert.setLong(i, Long.parseLong(text));
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> insert.setDouble(i, Double.parseDouble(text));
            case Types.NUMERIC, Types.DECIMAL -> insert.setBigDecimal(i, new BigDecimal(text));
            case Types.DATE -> insert.setDate(i, Date.valueOf(LocalDate.parse(text)));
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> insert.setTime(i, Time.valueOf(LocalTime.parse(text)));
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> insert.setTimestamp(i, Timestamp.from(Instant.parse(text)));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> insert.setBytes(i, Base64.getDecoder().decode(text));
            default -> insert.setString(i, text);
        }
    }

    /** Derby takes no value for a column generated always: such columns take given values while the rows go in. */
    private void generatedAlways(List<Table> tables, boolean always) throws SQLException {
        if (!"derby".equals(dialect)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            for (Table table : tables) {
                for (Column column : table.columns()) {
                    if (column.always()) {
                        s.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " SET GENERATED "
                                + (always ? "ALWAYS" : "BY DEFAULT"));
                    }
                }
            }
        }
    }

    private void restartIdentities(Table table) throws SQLException {
        for (Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long max;
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT MAX(" + column.name() + ") FROM " + table.name())) {
                rs.next();
                max = rs.getLong(1);
                if (rs.wasNull()) {
                    continue;
                }
            }
            try (Statement s = connection.createStatement()) {
                if ("postgresql".equals(dialect)) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table.name() + "', '" + column.name() + "'), " + max + ")");
                } else {
                    s.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column.name() + " RESTART WITH " + (max + 1));
                }
            }
        }
    }

    /** What an export holds before its rows: the tracks and the tables, read in a first pass over the file. */
    record Header(Map<String, Integer> tracks, List<Table> tables) {
    }

    static Header header(Path file) throws IOException {
        Map<String, Integer> tracks = null;
        List<Table> tables = new ArrayList<>();
        boolean ended = false;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
             JsonParser json = JSON.createParser(in)) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    json.skipChildren();
                    continue;
                }
                if (token != JsonToken.START_OBJECT) {
                    throw new IOException(file + " is no export of the platform database");
                }
                Map<String, Object> line = object(json);
                if (tracks == null) {
                    if (!FORMAT.equals(line.get("format")) || !(line.get("tracks") instanceof Map<?, ?> map)) {
                        throw new IOException(file + " is no export of the platform database (format " + FORMAT + ")");
                    }
                    tracks = new TreeMap<>();
                    for (Map.Entry<?, ?> track : map.entrySet()) {
                        tracks.put(String.valueOf(track.getKey()), ((Number) track.getValue()).intValue());
                    }
                } else if (line.containsKey("table")) {
                    tables.add(table(line));
                } else if ("export".equals(line.get("end"))) {
                    ended = true;
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException(file + " is no complete export (" + e.getMessage() + ")", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + " is no export of the platform database: " + e.getOriginalMessage(), e);
        }
        if (tracks == null || !ended) {
            throw new IOException(file + " is no complete export of the platform database");
        }
        return new Header(tracks, tables);
    }

    @SuppressWarnings("unchecked")
    private static Table table(Map<String, Object> line) throws IOException {
        String name = String.valueOf(line.get("table"));
        if (!NAME.matcher(name).matches() || !(line.get("columns") instanceof List<?> list)) {
            throw new IOException("no table in the export: " + line);
        }
        List<Column> columns = new ArrayList<>();
        for (Object c : list) {
            Map<String, Object> column = (Map<String, Object>) c;
            String columnName = String.valueOf(column.get("name"));
            if (!NAME.matcher(columnName).matches()) {
                throw new IOException("no column name in the export: " + column);
            }
            boolean identity = Boolean.TRUE.equals(column.get("identity"));
            columns.add(new Column(columnName, typeOf(String.valueOf(column.get("type"))), identity, identity));
        }
        return new Table(name, columns);
    }

    /** A JSON object of the export's lines (strings, numbers, booleans, lists and objects of those). */
    private static Map<String, Object> object(JsonParser json) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken token = json.nextToken(); token == JsonToken.FIELD_NAME; token = json.nextToken()) {
            String name = json.currentName();
            object.put(name, value(json, json.nextToken()));
        }
        return object;
    }

    private static Object value(JsonParser json, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(json);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                    list.add(value(json, t));
                }
                yield list;
            }
            case VALUE_NUMBER_INT -> json.getLongValue();
            case VALUE_NUMBER_FLOAT -> json.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> json.getText();
        };
    }

    // metadata

    /** The version of every track, from the migration history. */
    Map<String, Integer> tracks() throws SQLException {
        Map<String, Integer> tracks = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TRACK, MAX(VERSION) FROM " + MigrationRunner.HISTORY + " GROUP BY TRACK")) {
            while (rs.next()) {
                tracks.put(rs.getString(1), rs.getInt(2));
            }
        }
        return tracks;
    }

    /** Every table of the connection's schema but the migration history, parents before the tables that refer to them. */
    List<Table> tables() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(MigrationRunner.HISTORY) && NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        Map<String, Set<String>> parents = new HashMap<>();
        for (String name : names) {
            Set<String> refs = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(name)) {
                        refs.add(parent);
                    }
                }
            }
            parents.put(name, refs);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String name : names) {
            visit(name, parents, ordered, visiting);
        }
        List<Table> tables = new ArrayList<>();
        for (String name : ordered) {
            tables.add(new Table(name, columns(meta, schema, name)));
        }
        return tables;
    }

    private static void visit(String name, Map<String, Set<String>> parents, List<String> ordered, Set<String> visiting) {
        if (ordered.contains(name) || !visiting.add(name)) {
            return;
        }
        for (String parent : parents.getOrDefault(name, Set.of())) {
            if (parents.containsKey(parent)) {
                visit(parent, parents, ordered, visiting);
            }
        }
        visiting.remove(name);
        ordered.add(name);
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                if (!NAME.matcher(name).matches()) {
                    throw new SQLException("column " + table + "." + name + " cannot be copied: its name needs quotes");
                }
                boolean identity = "YES".equals(rs.getString("IS_AUTOINCREMENT"));
                columns.add(new Column(name, rs.getInt("DATA_TYPE"), identity,
                        identity && !"GENERATED_BY_DEFAULT".equals(rs.getString("COLUMN_DEF"))));
            }
        }
        return columns;
    }

    private static String columnList(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    private static String typeName(int type) {
        try {
            return java.sql.JDBCType.valueOf(type).getName();
        } catch (IllegalArgumentException e) {
            return Integer.toString(type);
        }
    }

    private static int typeOf(String name) {
        try {
            return java.sql.JDBCType.valueOf(name).getVendorTypeNumber();
        } catch (IllegalArgumentException e) {
            try {
                return Integer.parseInt(name);
            } catch (NumberFormatException notANumber) {
                return Types.VARCHAR;
            }
        }
    }
}
