package io.renshe.catalog.application;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry of a task's suspension ledger: a return for missing materials (补正) that stopped its clocks.
 *
 * @param returnedOn the day the task was returned
 * @param resumedOn the day the applicant resubmitted, or {@code null} while it waits
 * @param missing every missing material, named at once (一次性告知)
 * @param note the unit's note, or {@code null}
 * @param workingDays the working days after {@code returnedOn} up to and including {@code resumedOn}, which did not
 *        count; {@code null} while it waits
 * @param by who returned it
 */
public record Suspension(LocalDate returnedOn, LocalDate resumedOn, List<String> missing, String note,
        Integer workingDays, String by) {

    /** Copies {@code missing}. */
    public Suspension {
        missing = List.copyOf(missing);
    }
}
