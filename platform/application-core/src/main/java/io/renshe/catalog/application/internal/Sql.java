package io.renshe.catalog.application.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;

import io.renshe.catalog.api.ServiceUnavailableException;

/** Nullable values in and out of JDBC, instants in UTC, and failures without the values that caused them. */
final class Sql {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Sql() {
    }

    /** A NULL of a column type: Derby and PostgreSQL both want the type of a NULL parameter. */
    record Null(int type) {
    }

    static Object date(LocalDate value) {
        return value == null ? new Null(Types.DATE) : value;
    }

    static Object instant(Instant value) {
        return value == null ? new Null(Types.TIMESTAMP) : value;
    }

    static Object integer(Integer value) {
        return value == null ? new Null(Types.INTEGER) : value;
    }

    static Object flag(Boolean value) {
        return value == null ? new Null(Types.BOOLEAN) : value;
    }

    static Object text(Object value) {
        return value == null ? new Null(Types.VARCHAR) : value.toString();
    }

    static Object id(Long value) {
        return value == null ? new Null(Types.BIGINT) : value;
    }

    static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            throw new IllegalArgumentException("parameter " + index + " is a NULL without a type: use Sql.text(…) …");
        } else if (value instanceof Null typed) {
            statement.setNull(index, typed.type());
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant), Calendar.getInstance(UTC));
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else {
            statement.setString(index, value.toString());
        }
    }

    static void setAll(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(statement, i + 1, values[i]);
        }
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column, Calendar.getInstance(UTC));
        return at == null ? null : at.toInstant();
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Boolean flag(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    /**
     * A database failure as an exception without the driver's message, which may quote a value (a truncated ID
     * number …): the SQL state, the vendor code and the driver's stack trace only. A lost connection is a 503.
     */
    static RuntimeException failure(String while_, SQLException e) {
        String state = e.getSQLState();
        String summary = "Database failure while " + while_ + ": SQL state " + state + ", code " + e.getErrorCode()
                + " (" + e.getClass().getSimpleName() + ")";
        if (state != null && state.startsWith("08")) {
            return new ServiceUnavailableException("The database cannot be reached while " + while_
                    + ": see /api/health");
        }
        IllegalStateException redacted = new IllegalStateException(summary);
        redacted.setStackTrace(e.getStackTrace());
        return redacted;
    }
}
