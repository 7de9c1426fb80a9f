package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.renshe.catalog.store.DatabaseMaintenance.Transfer;
import io.renshe.testing.postgresql.PostgresExtension;
import io.renshe.testing.postgresql.PostgresServer;

/**
 * Exports and imports of every table of every track, through JDBC metadata: from embedded Derby to PostgreSQL (the move
 * of docs/operations.md), from PostgreSQL back to Derby, and Derby to Derby; with the platform track and a track of
 * tables of every column type, a foreign key and identity columns, whose generators go on after the import.
 */
@ExtendWith(PostgresExtension.class)
class TableTransferTest {

    static final String DATABASE = "store_transfer";
    private static PostgresServer server;

    @TempDir
    Path folder;

    private String name;
    private Connection derby;
    private Connection postgresql;

    /** A track with every kind of column the platform's tables use, in both dialects. */
    static MigrationSet kinds() {
        String derbyV1 = "CREATE TABLE IT_NOTEBOOK (ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY, TITLE VARCHAR(100) NOT NULL, PRIMARY KEY (ID));\n"
                + "CREATE TABLE IT_NOTE (ID INT NOT NULL PRIMARY KEY, BOOK BIGINT NOT NULL REFERENCES IT_NOTEBOOK (ID), BODY CLOB,"
                + " DONE BOOLEAN, AMOUNT DECIMAL(12,2), DUE DATE, STAMPED TIMESTAMP, DATA BLOB, SCORE DOUBLE);\n";
        String postgresqlV1 = derbyV1.replace("BODY CLOB", "BODY TEXT").replace("DATA BLOB", "DATA BYTEA")
                .replace("SCORE DOUBLE", "SCORE DOUBLE PRECISION");
        return MigrationSet.of("it-kinds", "io.renshe.test.kinds 1.0.0",
                Map.of("V1__kinds.sql", derbyV1, "V1__kinds.postgresql.sql", postgresqlV1));
    }

    @BeforeAll
    static void database(PostgresServer running) {
        server = running;
        server.createDatabase(DATABASE);
    }

    @BeforeEach
    void open(TestInfo test) throws SQLException {
        name = "transfer-" + test.getTestMethod().orElseThrow().getName();
        derby = Derby.inMemory(name).getConnection();
        postgresql = server.connect(DATABASE);
        String schema = "t_" + test.getTestMethod().orElseThrow().getName().toLowerCase(Locale.ROOT);
        try (Statement s = postgresql.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        postgresql.setSchema(schema);
    }

    @AfterEach
    void close() throws SQLException {
        derby.close();
        postgresql.close();
        Derby.drop(name);
    }

    private static void migrate(Connection connection) throws Exception {
        MigrationRunner runner = new MigrationRunner(connection);
        runner.ensureHistory();
        runner.migrate(Derby.platform());
        runner.migrate(kinds());
    }

    private static void fill(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO IT_NOTEBOOK (TITLE) VALUES ('黄山市 overlays')");
            s.execute("INSERT INTO IT_NOTEBOOK (TITLE) VALUES ('removed')");
            s.execute("INSERT INTO IT_NOTEBOOK (TITLE) VALUES ('叶集区 applications')");
            s.execute("DELETE FROM IT_NOTEBOOK WHERE TITLE = 'removed'");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO IT_NOTE (ID, BOOK, BODY, DONE, AMOUNT, DUE, STAMPED,"
                + " DATA, SCORE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, 1);
            insert.setLong(2, 1);
            insert.setString(3, "社会保障卡申领：" + "材料".repeat(3000));
            insert.setBoolean(4, true);
            insert.setBigDecimal(5, new java.math.BigDecimal("1234567890.25"));
            insert.setDate(6, java.sql.Date.valueOf(LocalDate.of(2024, 2, 8)));
            insert.setTimestamp(7, Timestamp.from(Instant.parse("2026-11-28T02:30:00.123Z")));
            insert.setBytes(8, new byte[] {0, 1, 2, (byte) 255});
            insert.setDouble(9, 0.1);
            insert.executeUpdate();
            insert.setInt(1, 2);
            insert.setLong(2, 3);
            boolean derby = MigrationRunner.dialect(connection.getMetaData()).equals("derby");
            for (int i = 3; i <= 9; i++) {
                insert.setNull(i, i == 3 ? (derby ? Types.CLOB : Types.VARCHAR) : i == 8 ? (derby ? Types.BLOB : Types.BINARY)
                        : typeOf(i));
            }
            insert.executeUpdate();
        }
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < 1234; i++) {
                s.addBatch("INSERT INTO PLATFORM_EVENT (OCCURRED_AT, KIND, SUBJECT, DETAIL) VALUES (CURRENT_TIMESTAMP, "
                        + "'jurisdiction-active', '34" + (1000 + i) + "', '黄山市 0.1." + i + "')");
            }
            s.executeBatch();
        }
    }

    private static int typeOf(int parameter) {
        return switch (parameter) {
            case 4 -> Types.BOOLEAN;
            case 5 -> Types.DECIMAL;
            case 6 -> Types.DATE;
            case 7 -> Types.TIMESTAMP;
            case 9 -> Types.DOUBLE;
            default -> Types.VARCHAR;
        };
    }

    /** Every row of every table of the test, as text, the same whatever database holds it. */
    private static Map<String, List<String>> contents(Connection connection) throws SQLException {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (String table : List.of("IT_NOTEBOOK", "IT_NOTE", "PLATFORM_EVENT")) {
            List<String> rows = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY ID")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        int type = rs.getMetaData().getColumnType(i);
                        Object value = type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE ? rs.getTimestamp(i)
                                : type == Types.BLOB || type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY
                                        ? rs.getBytes(i)
                                : type == Types.DECIMAL || type == Types.NUMERIC ? rs.getBigDecimal(i)
                                : type == Types.BIT || type == Types.BOOLEAN ? (Object) rs.getBoolean(i)
                                : rs.getString(i);
                        String text = rs.wasNull() || value == null ? "null"
                                : value instanceof Timestamp t ? t.toInstant().toString()
                                : value instanceof byte[] b ? Base64.getEncoder().encodeToString(b)
                                : value instanceof java.math.BigDecimal d ? d.toPlainString()
                                : value.toString();
                        row.append(rs.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT)).append('=').append(text).append(' ');
                    }
                    rows.add(row.toString());
                }
            }
            contents.put(table, rows);
        }
        return contents;
    }

    private static long insertEvent(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLATFORM_EVENT (OCCURRED_AT, KIND, SUBJECT)"
                + " VALUES (CURRENT_TIMESTAMP, 'after-import', 'x')",
                new String[] {connection.getMetaData().storesLowerCaseIdentifiers() ? "id" : "ID"})) {
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Test
    void fromDerbyToPostgresqlEveryRowArrivesAndIdentitiesGoOn() throws Exception {
        migrate(derby);
        fill(derby);
        Path file = folder.resolve("renshe.export");
        Transfer exported = new TableTransfer(derby).export(file);
        assertEquals(Map.of("it-kinds", 1, "platform", 1), exported.schema());
        assertEquals(List.of("IT_NOTEBOOK", "IT_NOTE", "PLATFORM_EVENT"), List.copyOf(exported.rows().keySet()),
                "the referenced table first");
        assertEquals(Map.of("IT_NOTEBOOK", 2L, "IT_NOTE", 2L, "PLATFORM_EVENT", 1234L), exported.rows());

        migrate(postgresql);
        Transfer imported = new TableTransfer(postgresql).importFrom(file, false);
        assertEquals(exported.rows().values().stream().toList(), imported.rows().values().stream().toList());
        assertEquals(contents(derby), contents(postgresql));
        assertEquals(1235, insertEvent(postgresql), "the identity goes on after the largest imported");
        try (Statement s = postgresql.createStatement()) {
            s.execute("INSERT INTO IT_NOTEBOOK (TITLE) VALUES ('next')");
            try (ResultSet rs = s.executeQuery("SELECT MAX(ID) FROM IT_NOTEBOOK")) {
                rs.next();
                assertEquals(4, rs.getLong(1));
            }
        }
    }

    @Test
    void fromPostgresqlBackToDerbyAndDerbyToDerby() throws Exception {
        migrate(postgresql);
        fill(postgresql);
        Path file = folder.resolve("from-postgresql.export");
        new TableTransfer(postgresql).export(file);
        migrate(derby);
        new TableTransfer(derby).importFrom(file, false);
        assertEquals(contents(postgresql), contents(derby));
        assertEquals(1235, insertEvent(derby));
        try (Statement s = derby.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO PLATFORM_EVENT (ID, OCCURRED_AT, KIND, SUBJECT)"
                    + " VALUES (99999, CURRENT_TIMESTAMP, 'x', 'x')"), "generated always again after the import");
        }

        String second = name + "-second";
        try (Connection other = Derby.inMemory(second).getConnection()) {
            migrate(other);
            Path again = folder.resolve("from-derby.export");
            new TableTransfer(derby).export(again);
            new TableTransfer(other).importFrom(again, false);
            assertEquals(contents(derby), contents(other));
        } finally {
            Derby.drop(second);
        }
    }

    @Test
    void anExportThatDoesNotFitIsRefusedAndNothingChanges() throws Exception {
        migrate(derby);
        fill(derby);
        Path file = folder.resolve("renshe.export");
        new TableTransfer(derby).export(file);

        // another version of a track
        MigrationRunner runner = new MigrationRunner(postgresql);
        runner.ensureHistory();
        runner.migrate(Derby.platform());
        IllegalStateException version = assertThrows(IllegalStateException.class,
                () -> new TableTransfer(postgresql).importFrom(file, false));
        assertEquals("the export has track it-kinds at version 1, this database does not have it: run the same platform "
                + "version, with the same bundles, on this database first", version.getMessage());

        // tables that are not empty: refused unless replaced
        runner.migrate(kinds());
        insertEvent(postgresql);
        IllegalStateException full = assertThrows(IllegalStateException.class,
                () -> new TableTransfer(postgresql).importFrom(file, false));
        assertEquals("table platform_event of this database is not empty: import into empty tables, or replace what they "
                + "hold (catalog:import --replace)", full.getMessage());
        assertEquals(1, contents(postgresql).get("PLATFORM_EVENT").size(), "unchanged");
        new TableTransfer(postgresql).importFrom(file, true);
        assertEquals(contents(derby), contents(postgresql));

        Path broken = Files.write(folder.resolve("broken.export"), new byte[] {31, (byte) 139, 8, 0});
        assertThrows(IOException.class, () -> new TableTransfer(postgresql).importFrom(broken, true));
        Path notAnExport = Files.writeString(folder.resolve("x.export"), "{}");
        assertThrows(IOException.class, () -> new TableTransfer(postgresql).importFrom(notAnExport, true));
        assertEquals(contents(derby), contents(postgresql), "unchanged by the refused imports");
    }
}
