package io.renshe.catalog.overlay.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.overlay.ChangeAction;

/**
 * The store's only access to {@code OVERLAY_CHANGE} and {@code OVERLAY_SEQUENCE}: rows are inserted, never updated nor
 * deleted. SQL that Derby and PostgreSQL both take.
 */
final class ChangeTable {

    private static final String COLUMNS = "ID, BATCH, JURISDICTION, ACTION, LIST_ID, TARGET, FIELD, PREVIOUS, REVERTS, "
            + "REPLACES, BEFORE_STATE, AFTER_STATE, AUTHOR, CHANGED_AT, REASON, BUNDLE_VERSION";
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    /** The database holds changes this node has not folded in yet (another node wrote them). */
    static final class Behind extends Exception {
        private static final long serialVersionUID = 1L;

        Behind(long last) {
            super("the database has changes up to " + last);
        }
    }

    /** A change to write: what it is, before its id and time are given. */
    record Draft(String jurisdiction, ChangeAction action, String list, String target, String field, Long previous,
            Long reverts, boolean replaces, Map<String, Object> before, Map<String, Object> after, String bundleVersion) {
    }

    private final ObjectMapper json = new ObjectMapper();

    /** Every change after {@code after}, in id order. */
    List<ChangeRecord> since(DataSource database, long after) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM OVERLAY_CHANGE WHERE ID > ? ORDER BY ID")) {
            select.setLong(1, after);
            return read(select);
        }
    }

    /** A jurisdiction's changes, newest first, older than {@code before} if given. */
    List<ChangeRecord> history(DataSource database, String jurisdiction, Long before, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM OVERLAY_CHANGE WHERE JURISDICTION = ?"
                + (before == null ? "" : " AND ID < ?") + " ORDER BY ID DESC FETCH FIRST "
                + limit + " ROWS ONLY";
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, jurisdiction);
            if (before != null) {
                select.setLong(2, before);
            }
            return read(select);
        }
    }

    /** One change of a jurisdiction. */
    Optional<ChangeRecord> one(DataSource database, String jurisdiction, long id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                        + " FROM OVERLAY_CHANGE WHERE ID = ? AND JURISDICTION = ?")) {
            select.setLong(1, id);
            select.setString(2, jurisdiction);
            return read(select).stream().findFirst();
        }
    }

    /**
     * Writes changes in one transaction, numbered from the database's change sequence in the order given, the first
     * one's id their batch.
     *
     * @param known the id of the last change this node has folded in: when the database has a newer one, nothing is
     *        written ({@link Behind})
     * @return the changes as written
     */
    List<ChangeRecord> write(DataSource database, List<Draft> drafts, String by, String reason, Instant at, long known)
            throws SQLException, Behind {
        try (Connection connection = database.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<ChangeRecord> written = insert(connection, drafts, by, reason, at, known);
                connection.commit();
                return written;
            } catch (SQLException | Behind | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private List<ChangeRecord> insert(Connection connection, List<Draft> drafts, String by, String reason, Instant at,
            long known) throws SQLException, Behind {
        try (PreparedStatement take = connection.prepareStatement(
                "UPDATE OVERLAY_SEQUENCE SET LAST_ID = LAST_ID + ? WHERE NAME = 'change'")) {
            take.setLong(1, drafts.size());
            if (take.executeUpdate() != 1) {
                throw new SQLException("OVERLAY_SEQUENCE has no row 'change'");
            }
        }
        long last;
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT LAST_ID FROM OVERLAY_SEQUENCE WHERE NAME = 'change'"); ResultSet rs = read.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        long first = last - drafts.size() + 1;
        if (first - 1 != known) {
            throw new Behind(first - 1);
        }
        List<ChangeRecord> written = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO OVERLAY_CHANGE (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                ChangeRecord change = new ChangeRecord(first + i, first, d.jurisdiction(), d.action(), d.list(),
                        d.target(), d.field(), d.previous(), d.reverts(), d.replaces(), d.before(), d.after(), by, at,
                        reason, d.bundleVersion());
                insert.setLong(1, change.id());
                insert.setLong(2, change.batch());
                insert.setString(3, change.jurisdiction());
                insert.setString(4, change.action().key());
                insert.setString(5, change.list());
                insert.setString(6, change.target());
                insert.setString(7, change.field());
                setLong(insert, 8, change.previous());
                setLong(insert, 9, change.reverts());
                insert.setShort(10, (short) (change.replaces() ? 1 : 0));
                insert.setString(11, text(change.before()));
                insert.setString(12, text(change.after()));
                insert.setString(13, change.by());
                insert.setTimestamp(14, Timestamp.from(change.at()));
                insert.setString(15, change.reason());
                insert.setString(16, change.bundleVersion());
                insert.addBatch();
                written.add(change);
            }
            insert.executeBatch();
        }
        return written;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private List<ChangeRecord> read(PreparedStatement select) throws SQLException {
        List<ChangeRecord> changes = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long previous = rs.getLong(8);
                Long previousId = rs.wasNull() ? null : previous;
                long reverts = rs.getLong(9);
                Long revertsId = rs.wasNull() ? null : reverts;
                changes.add(new ChangeRecord(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        ChangeAction.ofKey(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        previousId, revertsId, rs.getShort(10) != 0, map(rs.getString(11)), map(rs.getString(12)),
                        rs.getString(13), rs.getTimestamp(14).toInstant(), rs.getString(15), rs.getString(16)));
            }
        }
        return changes;
    }

    private String text(Map<String, Object> value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a change's state is JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Map<String, Object> map(String text) {
        try {
            return text == null ? null : json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OVERLAY_CHANGE holds a state that is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
