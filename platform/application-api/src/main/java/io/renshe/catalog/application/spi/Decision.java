package io.renshe.catalog.application.spi;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.TaskState;

/**
 * A decision on a task, as a plug-in hears of it.
 *
 * @param application the application's number
 * @param task the task's id
 * @param item the item's id
 * @param state {@link TaskState#APPROVED}, {@link TaskState#REFUSED} or {@link TaskState#DELIVERED}
 * @param applicant the applicant
 * @param answers the item's answers
 * @param on the day of the decision, Beijing time
 */
public record Decision(String application, long task, String item, TaskState state, Applicant applicant,
        Map<String, Object> answers, LocalDate on) {

    /** Copies the answers. */
    public Decision {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
