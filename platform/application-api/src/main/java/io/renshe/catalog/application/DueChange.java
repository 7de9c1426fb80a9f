package io.renshe.catalog.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A due date that moved, and why: the task was accepted later than submitted, it was returned for missing materials
 * and resubmitted (the working days between did not count).
 *
 * @param at when
 * @param clock which clock
 * @param cause what moved it, a lower-case key: {@code accepted} (day 0 became the acceptance day),
 *        {@code resubmitted} (the clocks ran again after a return for missing materials)
 * @param from the due date before, or {@code null}
 * @param to the due date after, or {@code null}
 * @param reason why, for a person
 */
public record DueChange(Instant at, ClockKind clock, String cause, LocalDate from, LocalDate to, String reason) {
}
