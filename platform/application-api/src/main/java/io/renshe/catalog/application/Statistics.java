package io.renshe.catalog.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Statistics of the applications submitted to a jurisdiction in a period.
 *
 * @param jurisdiction the jurisdiction
 * @param from the first submission day counted
 * @param to the last submission day counted
 * @param by how the rows are grouped
 * @param today the day overdue is judged on
 * @param rows one row per group, ordered by key and version
 * @param total all tasks of the period
 */
public record Statistics(String jurisdiction, LocalDate from, LocalDate to, Grouping by, LocalDate today,
        List<StatisticsRow> rows, StatisticsRow total) {

    /** Copies {@code rows}. */
    public Statistics {
        rows = List.copyOf(rows);
    }
}
