package io.renshe.catalog.application;

import java.time.LocalDate;

import io.renshe.catalog.api.time.TimeLimit;

/**
 * One clock of a task: the limit it counts, where the limit comes from, and its due date now.
 *
 * @param clock which clock
 * @param limit the time limit as the catalog writes it, with its meaning
 * @param source where the limit comes from ({@code one-thing card-one-thing-1 item 8}, {@code list accelerated row 11})
 * @param startedOn day 0: the acceptance day, or the submission day while the task waits for acceptance
 * @param due the due date now (with every suspension), or {@code null} when the limit has none
 * @param running {@code false} while the task is returned for missing materials or finished
 * @param note what the reader should know of the date ({@code provisional until accepted}, a rule counted from its
 *        computable part, a limit without a due date), or {@code null}
 */
public record LimitClock(ClockKind clock, TimeLimit limit, String source, LocalDate startedOn, LocalDate due,
        boolean running, String note) {
}
