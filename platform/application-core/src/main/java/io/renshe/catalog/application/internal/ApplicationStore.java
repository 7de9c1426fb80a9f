package io.renshe.catalog.application.internal;

import static io.renshe.catalog.application.internal.Sql.setAll;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.ClockKind;
import io.renshe.catalog.application.DueChange;
import io.renshe.catalog.application.HistoryEntry;
import io.renshe.catalog.application.MaterialContent;
import io.renshe.catalog.application.MaterialRef;
import io.renshe.catalog.application.Suspension;
import io.renshe.catalog.application.TaskState;

/**
 * The SQL of the application tables (migration track {@code application}), portable between Derby and PostgreSQL.
 * Every method works in the caller's connection and transaction.
 */
final class ApplicationStore {

    /** A row of APPLICATION. */
    record ApplicationRow(long id, String jurisdiction, String oneThing, String oneThingName, String catalogVersion,
            Applicant applicant, Instant submittedAt, LocalDate submittedOn, String results, Integer rating,
            String ratingComment, Instant ratedAt, int version) {
    }

    /** A row of TASK_SUSPENSION. */
    record SuspensionRow(long id, long task, LocalDate returnedOn, LocalDate resumedOn, List<String> missing,
            String note, Integer workingDays, String by) {

        Suspension view() {
            return new Suspension(returnedOn, resumedOn, missing, note, workingDays, by);
        }
    }

    /** A pending row of DECISION_OUTBOX. */
    record Pending(long id, long task, TaskState state, LocalDate decidedOn, int attempts) {
    }

    private static final String TASK_COLUMNS = "ID, APPLICATION_ID, SEQ, JURISDICTION, ITEM, ITEM_NAME, UNIT, UNIT_SOURCE, "
            + "STATE, RETURNED_FROM, FORM, PLUGIN, STATUTORY_TEXT, STATUTORY_KIND, STATUTORY_AMOUNT, STATUTORY_UNIT, "
            + "STATUTORY_SOURCE, COMMITTED_TEXT, COMMITTED_KIND, COMMITTED_AMOUNT, COMMITTED_UNIT, COMMITTED_SOURCE, "
            + "START_ON, DUE_STATUTORY, DUE_COMMITTED, ACCEPTED_ON, DECIDED_ON, DELIVERED_ON, SUSPENDED_DAYS, "
            + "WORKING_DAYS, ON_TIME, NOTE, REFUSAL, ANSWERS, CATALOG_VERSION, ITEM_STATE, VERSION";

    // applications

    long insertApplication(Connection connection, ApplicationRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO APPLICATION (JURISDICTION, ONE_THING, "
                + "ONE_THING_NAME, CATALOG_VERSION, APPLICANT_NAME, ID_NUMBER, PHONE, ADDRESS, SUBMITTED_AT, "
                + "SUBMITTED_ON, RESULTS, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            Applicant applicant = row.applicant();
            setAll(insert, row.jurisdiction(), Sql.text(row.oneThing()), Sql.text(row.oneThingName()),
                    row.catalogVersion(), applicant.name(), applicant.idNumber(), applicant.phone(),
                    applicant.address(), row.submittedAt(), row.submittedOn(), Sql.text(row.results()));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    Optional<ApplicationRow> application(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, JURISDICTION, ONE_THING, "
                + "ONE_THING_NAME, CATALOG_VERSION, APPLICANT_NAME, ID_NUMBER, PHONE, ADDRESS, SUBMITTED_AT, "
                + "SUBMITTED_ON, RESULTS, RATING, RATING_COMMENT, RATED_AT, VERSION FROM APPLICATION WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ApplicationRow(row.getLong("ID"), row.getString("JURISDICTION"),
                        row.getString("ONE_THING"), row.getString("ONE_THING_NAME"), row.getString("CATALOG_VERSION"),
                        new Applicant(row.getString("APPLICANT_NAME"), row.getString("ID_NUMBER"),
                                row.getString("PHONE"), row.getString("ADDRESS")),
                        Sql.instant(row, "SUBMITTED_AT"), Sql.date(row, "SUBMITTED_ON"), row.getString("RESULTS"),
                        Sql.integer(row, "RATING"), row.getString("RATING_COMMENT"), Sql.instant(row, "RATED_AT"),
                        row.getInt("VERSION")));
            }
        }
    }

    /** Rates an application that was not rated yet; {@code false} when it was. */
    boolean rate(Connection connection, long id, int score, String comment, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE APPLICATION SET RATING = ?, "
                + "RATING_COMMENT = ?, RATED_AT = ?, VERSION = VERSION + 1 WHERE ID = ? AND RATING IS NULL")) {
            setAll(update, score, Sql.text(comment), at, id);
            return update.executeUpdate() == 1;
        }
    }

    // tasks

    long insertTask(Connection connection, TaskRow task) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO APPLICATION_TASK ("
                + TASK_COLUMNS.substring("ID, ".length()) + ") VALUES (" + "?, ".repeat(35) + "?)",
                Statement.RETURN_GENERATED_KEYS)) {
            setAll(insert, task.applicationId, task.seq, task.jurisdiction, task.item, task.itemName,
                    Sql.text(task.unit), Sql.text(task.unitSource), task.state.name(), Sql.text(task.returnedFrom),
                    task.form, Sql.text(task.plugin), Sql.text(text(task.statutory)), Sql.text(kind(task.statutory)),
                    Sql.integer(amount(task.statutory)), Sql.text(unit(task.statutory)), Sql.text(task.statutorySource),
                    Sql.text(text(task.committed)), Sql.text(kind(task.committed)), Sql.integer(amount(task.committed)),
                    Sql.text(unit(task.committed)), Sql.text(task.committedSource), task.startOn,
                    Sql.date(task.dueStatutory), Sql.date(task.dueCommitted), Sql.date(task.acceptedOn),
                    Sql.date(task.decidedOn), Sql.date(task.deliveredOn), task.suspendedDays,
                    Sql.integer(task.workingDays), Sql.flag(task.onTime), Sql.text(task.note), Sql.text(task.refusal),
                    Sql.text(task.answers), task.catalogVersion, task.itemState, task.version);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    /** Writes the changing columns of a task read before, unless someone changed it meanwhile. */
    boolean updateTask(Connection connection, TaskRow task) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE APPLICATION_TASK SET STATE = ?, "
                + "RETURNED_FROM = ?, START_ON = ?, DUE_STATUTORY = ?, DUE_COMMITTED = ?, ACCEPTED_ON = ?, "
                + "DECIDED_ON = ?, DELIVERED_ON = ?, SUSPENDED_DAYS = ?, WORKING_DAYS = ?, ON_TIME = ?, NOTE = ?, "
                + "REFUSAL = ?, VERSION = ? WHERE ID = ? AND VERSION = ?")) {
            setAll(update, task.state.name(), Sql.text(task.returnedFrom), task.startOn, Sql.date(task.dueStatutory),
                    Sql.date(task.dueCommitted), Sql.date(task.acceptedOn), Sql.date(task.decidedOn),
                    Sql.date(task.deliveredOn), task.suspendedDays, Sql.integer(task.workingDays),
                    Sql.flag(task.onTime), Sql.text(task.note), Sql.text(task.refusal), task.version + 1, task.id,
                    task.version);
            boolean written = update.executeUpdate() == 1;
            if (written) {
                task.version++;
            }
            return written;
        }
    }

    Optional<TaskRow> task(Connection connection, long id) throws SQLException {
        List<TaskRow> rows = tasks(connection, "ID = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    List<TaskRow> tasks(Connection connection, long applicationId) throws SQLException {
        return tasks(connection, "APPLICATION_ID = ? ORDER BY SEQ", applicationId);
    }

    /** Tasks by a condition on APPLICATION_TASK ({@code WHERE} and what follows), with its parameters. */
    List<TaskRow> tasks(Connection connection, String where, Object... parameters) throws SQLException {
        List<TaskRow> tasks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + TASK_COLUMNS
                + " FROM APPLICATION_TASK WHERE " + where)) {
            setAll(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tasks.add(task(row));
                }
            }
        }
        return tasks;
    }

    private static TaskRow task(ResultSet row) throws SQLException {
        TaskRow task = new TaskRow();
        task.id = row.getLong("ID");
        task.applicationId = row.getLong("APPLICATION_ID");
        task.seq = row.getInt("SEQ");
        task.jurisdiction = row.getString("JURISDICTION");
        task.item = row.getString("ITEM");
        task.itemName = row.getString("ITEM_NAME");
        task.unit = row.getString("UNIT");
        task.unitSource = row.getString("UNIT_SOURCE");
        task.state = TaskState.valueOf(row.getString("STATE"));
        String returnedFrom = row.getString("RETURNED_FROM");
        task.returnedFrom = returnedFrom == null ? null : TaskState.valueOf(returnedFrom);
        task.form = row.getString("FORM");
        task.plugin = row.getString("PLUGIN");
        task.statutory = limit(row, "STATUTORY");
        task.statutorySource = row.getString("STATUTORY_SOURCE");
        task.committed = limit(row, "COMMITTED");
        task.committedSource = row.getString("COMMITTED_SOURCE");
        task.startOn = Sql.date(row, "START_ON");
        task.dueStatutory = Sql.date(row, "DUE_STATUTORY");
        task.dueCommitted = Sql.date(row, "DUE_COMMITTED");
        task.acceptedOn = Sql.date(row, "ACCEPTED_ON");
        task.decidedOn = Sql.date(row, "DECIDED_ON");
        task.deliveredOn = Sql.date(row, "DELIVERED_ON");
        task.suspendedDays = row.getInt("SUSPENDED_DAYS");
        task.workingDays = Sql.integer(row, "WORKING_DAYS");
        task.onTime = Sql.flag(row, "ON_TIME");
        task.note = row.getString("NOTE");
        task.refusal = row.getString("REFUSAL");
        task.answers = row.getString("ANSWERS");
        task.catalogVersion = row.getString("CATALOG_VERSION");
        task.itemState = row.getString("ITEM_STATE");
        task.version = row.getInt("VERSION");
        return task;
    }

    private static TimeLimit limit(ResultSet row, String clock) throws SQLException {
        String text = row.getString(clock + "_TEXT");
        if (text == null) {
            return null;
        }
        String unit = row.getString(clock + "_UNIT");
        return new TimeLimit(text, TimeLimit.Kind.valueOf(row.getString(clock + "_KIND")), Sql.integer(row, clock + "_AMOUNT"),
                unit == null ? null : TimeLimit.Unit.valueOf(unit));
    }

    private static String text(TimeLimit limit) {
        return limit == null ? null : limit.text();
    }

    private static String kind(TimeLimit limit) {
        return limit == null ? null : limit.kind().name();
    }

    private static Integer amount(TimeLimit limit) {
        return limit == null ? null : limit.amount();
    }

    private static String unit(TimeLimit limit) {
        return limit == null || limit.unit() == null ? null : limit.unit().name();
    }

    // history, due changes, suspensions

    void history(Connection connection, long application, Long task, Instant at, String actor, String act,
            TaskState from, TaskState to, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO APPLICATION_HISTORY (APPLICATION_ID, "
                + "TASK_ID, OCCURRED_AT, ACTOR, ACT, FROM_STATE, TO_STATE, DETAIL) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            String text = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
            setAll(insert, application, Sql.id(task), at, actor.length() <= 100 ? actor : actor.substring(0, 100), act,
                    Sql.text(from == null ? null : from.name()), Sql.text(to == null ? null : to.name()), Sql.text(text));
            insert.executeUpdate();
        }
    }

    List<HistoryEntry> history(Connection connection, long application) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT H.OCCURRED_AT, H.ACTOR, H.ACT, H.TASK_ID, "
                + "T.ITEM, H.FROM_STATE, H.TO_STATE, H.DETAIL FROM APPLICATION_HISTORY H LEFT JOIN APPLICATION_TASK T "
                + "ON T.ID = H.TASK_ID WHERE H.APPLICATION_ID = ? ORDER BY H.ID")) {
            select.setLong(1, application);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long task = row.getLong("TASK_ID");
                    Long taskId = row.wasNull() ? null : task;
                    String from = row.getString("FROM_STATE");
                    String to = row.getString("TO_STATE");
                    entries.add(new HistoryEntry(Sql.instant(row, "OCCURRED_AT"), row.getString("ACTOR"),
                            row.getString("ACT"), taskId, row.getString("ITEM"),
                            from == null ? null : TaskState.valueOf(from), to == null ? null : TaskState.valueOf(to),
                            row.getString("DETAIL")));
                }
            }
        }
        return entries;
    }

    void dueChange(Connection connection, long task, Instant at, ClockKind clock, String cause, LocalDate from,
            LocalDate to, String reason) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO TASK_DUE_CHANGE (TASK_ID, OCCURRED_AT, "
                + "CLOCK, CAUSE, FROM_DATE, TO_DATE, REASON) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            setAll(insert, task, at, clock.name(), cause, Sql.date(from), Sql.date(to), reason);
            insert.executeUpdate();
        }
    }

    List<DueChange> dueChanges(Connection connection, long task) throws SQLException {
        List<DueChange> changes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT OCCURRED_AT, CLOCK, CAUSE, FROM_DATE, "
                + "TO_DATE, REASON FROM TASK_DUE_CHANGE WHERE TASK_ID = ? ORDER BY ID")) {
            select.setLong(1, task);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    changes.add(new DueChange(Sql.instant(row, "OCCURRED_AT"), ClockKind.valueOf(row.getString("CLOCK")),
                            row.getString("CAUSE"), Sql.date(row, "FROM_DATE"), Sql.date(row, "TO_DATE"),
                            row.getString("REASON")));
                }
            }
        }
        return changes;
    }

    void suspend(Connection connection, long task, LocalDate returnedOn, List<String> missing, String note,
            String by) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO TASK_SUSPENSION (TASK_ID, RETURNED_ON, "
                + "MISSING, NOTE, BY_ACTOR) VALUES (?, ?, ?, ?, ?)")) {
            setAll(insert, task, returnedOn, Json.write(missing), Sql.text(note), by);
            insert.executeUpdate();
        }
    }

    void resume(Connection connection, long suspension, LocalDate resumedOn, int workingDays) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE TASK_SUSPENSION SET RESUMED_ON = ?, "
                + "WORKING_DAYS = ? WHERE ID = ? AND RESUMED_ON IS NULL")) {
            setAll(update, resumedOn, workingDays, suspension);
            update.executeUpdate();
        }
    }

    List<SuspensionRow> suspensions(Connection connection, long task) throws SQLException {
        List<SuspensionRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, TASK_ID, RETURNED_ON, RESUMED_ON, "
                + "MISSING, NOTE, WORKING_DAYS, BY_ACTOR FROM TASK_SUSPENSION WHERE TASK_ID = ? ORDER BY ID")) {
            select.setLong(1, task);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new SuspensionRow(row.getLong("ID"), row.getLong("TASK_ID"), Sql.date(row, "RETURNED_ON"),
                            Sql.date(row, "RESUMED_ON"), Json.strings(row.getString("MISSING")), row.getString("NOTE"),
                            Sql.integer(row, "WORKING_DAYS"), row.getString("BY_ACTOR")));
                }
            }
        }
        return rows;
    }

    // materials

    void material(Connection connection, long application, String name, List<String> items, int round,
            String content, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO APPLICATION_MATERIAL (APPLICATION_ID, "
                + "NAME, ITEMS, ROUND, CONTENT_LENGTH, CONTENT, SUBMITTED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            setAll(insert, application, name, Json.write(items), round, (long) content.length(),
                    content.getBytes(StandardCharsets.UTF_8), at);
            insert.executeUpdate();
        }
    }

    List<MaterialRef> materials(Connection connection, long application) throws SQLException {
        List<MaterialRef> materials = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, NAME, ITEMS, ROUND, CONTENT_LENGTH, "
                + "SUBMITTED_AT FROM APPLICATION_MATERIAL WHERE APPLICATION_ID = ? ORDER BY ID")) {
            select.setLong(1, application);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    materials.add(new MaterialRef(row.getLong("ID"), row.getString("NAME"),
                            Json.strings(row.getString("ITEMS")), row.getInt("ROUND"), row.getLong("CONTENT_LENGTH"),
                            Sql.instant(row, "SUBMITTED_AT")));
                }
            }
        }
        return materials;
    }

    Optional<MaterialContent> material(Connection connection, long application, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, NAME, CONTENT FROM APPLICATION_MATERIAL "
                + "WHERE APPLICATION_ID = ? AND ID = ?")) {
            setAll(select, application, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new MaterialContent(row.getLong("ID"), row.getString("NAME"),
                        new String(row.getBytes("CONTENT"), StandardCharsets.UTF_8)));
            }
        }
    }

    int lastRound(Connection connection, long application) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MAX(ROUND) FROM APPLICATION_MATERIAL "
                + "WHERE APPLICATION_ID = ?")) {
            select.setLong(1, application);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    // decisions for plug-ins

    void decided(Connection connection, long task, TaskState state, LocalDate on) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DECISION_OUTBOX (TASK_ID, STATE, "
                + "DECIDED_ON, ATTEMPTS) VALUES (?, ?, ?, 0)")) {
            setAll(insert, task, state.name(), on);
            insert.executeUpdate();
        }
    }

    /** Pending decisions in order, of one task or of all ({@code task} {@code null}), not claimed by another node. */
    List<Pending> pending(Connection connection, Long task, Instant now, int limit) throws SQLException {
        List<Pending> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, TASK_ID, STATE, DECIDED_ON, ATTEMPTS "
                + "FROM DECISION_OUTBOX WHERE DONE_AT IS NULL" + (task == null ? "" : " AND TASK_ID = ?")
                + " AND (CLAIMED_UNTIL IS NULL OR CLAIMED_UNTIL < ?) ORDER BY ID FETCH FIRST " + limit
                + " ROWS ONLY")) {
            if (task == null) {
                setAll(select, now);
            } else {
                setAll(select, task, now);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Pending(row.getLong("ID"), row.getLong("TASK_ID"),
                            TaskState.valueOf(row.getString("STATE")), Sql.date(row, "DECIDED_ON"),
                            row.getInt("ATTEMPTS")));
                }
            }
        }
        return rows;
    }

    /** Claims a pending decision until a time, so that another node leaves it; {@code false} when it was taken. */
    boolean claim(Connection connection, long id, Instant now, Instant until) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE DECISION_OUTBOX SET CLAIMED_UNTIL = ?, "
                + "ATTEMPTS = ATTEMPTS + 1 WHERE ID = ? AND DONE_AT IS NULL AND (CLAIMED_UNTIL IS NULL OR CLAIMED_UNTIL < ?)")) {
            setAll(update, until, id, now);
            return update.executeUpdate() == 1;
        }
    }

    void done(Connection connection, long id, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE DECISION_OUTBOX SET DONE_AT = ?, "
                + "CLAIMED_UNTIL = NULL WHERE ID = ?")) {
            setAll(update, at, id);
            update.executeUpdate();
        }
    }

    void failed(Connection connection, long id, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE DECISION_OUTBOX SET CLAIMED_UNTIL = NULL, "
                + "LAST_ERROR = ? WHERE ID = ?")) {
            setAll(update, Sql.text(error.length() > 300 ? error.substring(0, 300) : error), id);
            update.executeUpdate();
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key", "23000");
            }
            return keys.getLong(1);
        }
    }
}
