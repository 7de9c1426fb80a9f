package io.renshe.catalog.application.internal;

import static io.renshe.catalog.application.internal.Sql.setAll;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.renshe.catalog.application.FollowUp;
import io.renshe.catalog.application.Grouping;
import io.renshe.catalog.application.Rating;
import io.renshe.catalog.application.RatingCounts;
import io.renshe.catalog.application.StatisticsRow;
import io.renshe.catalog.application.TaskQuery;

/** The queries of the offices: statistics by unit, item or one-thing, and the poor ratings to follow up. */
final class Reports {

    /** The key of the applications for single items in statistics by one-thing. */
    static final String SINGLE_ITEMS = "single-items";

    private static final String COMPLETED = "T.STATE IN ('APPROVED', 'DELIVERED')";
    private static final String OPEN = "T.STATE IN ('SUBMITTED', 'ACCEPTED', 'RETURNED')";

    /** The rows of a grouping (ordered by key and version) and, with {@code by} {@code null}, the total row. */
    List<StatisticsRow> statistics(Connection connection, String jurisdiction, LocalDate from, LocalDate to,
            Grouping by, LocalDate today) throws SQLException {
        String keys = switch (by == null ? Grouping.UNIT : by) {
            case UNIT -> "T.UNIT, CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(100)), CAST(NULL AS VARCHAR(16))";
            case ITEM -> "T.ITEM, T.ITEM_NAME, T.CATALOG_VERSION, T.ITEM_STATE";
            case ONE_THING -> "A.ONE_THING, A.ONE_THING_NAME, A.CATALOG_VERSION, CAST(NULL AS VARCHAR(16))";
        };
        String groupBy = switch (by == null ? Grouping.UNIT : by) {
            case UNIT -> " GROUP BY T.UNIT";
            case ITEM -> " GROUP BY T.ITEM, T.ITEM_NAME, T.CATALOG_VERSION, T.ITEM_STATE";
            case ONE_THING -> " GROUP BY A.ONE_THING, A.ONE_THING_NAME, A.CATALOG_VERSION";
        };
        String select = "SELECT " + (by == null ? "CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(200)), "
                + "CAST(NULL AS VARCHAR(100)), CAST(NULL AS VARCHAR(16))" : keys)
                + ", COUNT(*), "
                + "SUM(CASE WHEN " + COMPLETED + " THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN T.STATE = 'REFUSED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + COMPLETED + " AND T.ON_TIME = TRUE THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + COMPLETED + " AND T.ON_TIME = FALSE THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + OPEN + " AND T.DUE_COMMITTED < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + OPEN + " THEN 1 ELSE 0 END), "
                + "AVG(CASE WHEN " + COMPLETED + " THEN CAST(T.WORKING_DAYS AS DOUBLE PRECISION) END) "
                + "FROM APPLICATION_TASK T JOIN APPLICATION A ON A.ID = T.APPLICATION_ID "
                + "WHERE A.JURISDICTION = ? AND A.SUBMITTED_ON >= ? AND A.SUBMITTED_ON <= ?"
                + (by == null ? "" : groupBy);
        Map<String, Object[]> groups = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            setAll(statement, today, jurisdiction, from, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String key = by == null ? "total" : key(by, row.getString(1));
                    double average = row.getDouble(12);
                    Double averageWorkingDays = row.wasNull() ? null : Math.round(average * 100) / 100.0;
                    Object[] values = {key, row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                        row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10), row.getInt(11),
                        averageWorkingDays};
                    groups.put(key + "\u0000" + nonNull(row.getString(3)) + "\u0000" + nonNull(row.getString(4)), values);
                }
            }
        }
        Map<String, int[]> ratings = ratings(connection, jurisdiction, from, to, by, keys);
        List<StatisticsRow> rows = new ArrayList<>();
        for (Map.Entry<String, Object[]> group : groups.entrySet()) {
            Object[] v = group.getValue();
            int[] counts = ratings.getOrDefault(group.getKey(), new int[6]);
            rows.add(new StatisticsRow((String) v[0], (String) v[1], (String) v[2], (String) v[3], (int) v[4],
                    (int) v[5], (int) v[6], (int) v[7], (int) v[8], (int) v[9], (int) v[10], (Double) v[11],
                    new RatingCounts(counts[5], counts[4], counts[3], counts[2], counts[1]), counts[1] + counts[2]));
        }
        return rows;
    }

    /** Ratings per group, each application once per group. */
    private Map<String, int[]> ratings(Connection connection, String jurisdiction, LocalDate from, LocalDate to,
            Grouping by, String keys) throws SQLException {
        String select = "SELECT DISTINCT " + (by == null ? "CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(200)), "
                + "CAST(NULL AS VARCHAR(100)), CAST(NULL AS VARCHAR(16))" : keys)
                + ", A.ID, A.RATING FROM APPLICATION_TASK T JOIN APPLICATION A ON A.ID = T.APPLICATION_ID "
                + "WHERE A.JURISDICTION = ? AND A.SUBMITTED_ON >= ? AND A.SUBMITTED_ON <= ? AND A.RATING IS NOT NULL";
        Map<String, int[]> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            setAll(statement, jurisdiction, from, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String key = (by == null ? "total" : key(by, row.getString(1))) + "\u0000"
                            + nonNull(row.getString(3)) + "\u0000" + nonNull(row.getString(4));
                    counts.computeIfAbsent(key, k -> new int[6])[row.getInt(6)]++;
                }
            }
        }
        return counts;
    }

    private static String key(Grouping by, String value) {
        if (value != null) {
            return value;
        }
        return by == Grouping.ONE_THING ? SINGLE_ITEMS : TaskQuery.FRONT_DESK;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    List<FollowUp> followUps(Connection connection, String jurisdiction, String unit, int limit) throws SQLException {
        String unitFilter = unit == null ? ""
                : TaskQuery.FRONT_DESK.equals(unit)
                        ? " AND EXISTS (SELECT 1 FROM APPLICATION_TASK U WHERE U.APPLICATION_ID = A.ID AND U.UNIT IS NULL)"
                        : " AND EXISTS (SELECT 1 FROM APPLICATION_TASK U WHERE U.APPLICATION_ID = A.ID AND U.UNIT = ?)";
        List<Object[]> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT A.ID, A.SUBMITTED_ON, A.RATING, "
                + "A.RATING_COMMENT, A.RATED_AT FROM APPLICATION A WHERE A.JURISDICTION = ? AND A.RATING <= 2"
                + unitFilter + " ORDER BY A.RATED_AT DESC, A.ID DESC FETCH FIRST " + limit + " ROWS ONLY")) {
            if (unit == null || TaskQuery.FRONT_DESK.equals(unit)) {
                setAll(select, jurisdiction);
            } else {
                setAll(select, jurisdiction, unit);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new Object[] {row.getLong(1), Sql.date(row, "SUBMITTED_ON"), row.getInt(3),
                        row.getString(4), Sql.instant(row, "RATED_AT")});
                }
            }
        }
        List<FollowUp> followUps = new ArrayList<>();
        for (Object[] f : found) {
            List<String> units = new ArrayList<>();
            List<String> items = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT UNIT, ITEM FROM APPLICATION_TASK "
                    + "WHERE APPLICATION_ID = ? ORDER BY SEQ")) {
                select.setLong(1, (long) f[0]);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        String u = row.getString(1) == null ? TaskQuery.FRONT_DESK : row.getString(1);
                        if (!units.contains(u)) {
                            units.add(u);
                        }
                        items.add(row.getString(2));
                    }
                }
            }
            int score = (int) f[2];
            followUps.add(new FollowUp(Numbers.number(jurisdiction, (LocalDate) f[1], (long) f[0]), jurisdiction, units,
                    items, score, Rating.label(score), (String) f[3], (Instant) f[4]));
        }
        return followUps;
    }
}
