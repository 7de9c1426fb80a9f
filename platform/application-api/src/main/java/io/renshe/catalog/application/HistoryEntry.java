package io.renshe.catalog.application;

import java.time.Instant;

/**
 * A state change of an application or one of its tasks: who, when, what. Never holds personal data.
 *
 * @param at when
 * @param actor who: the signed-in user's name, {@code applicant}, or {@code platform}
 * @param action what: {@code submit}, {@code accept}, {@code return}, {@code resubmit}, {@code approve}, {@code refuse},
 *        {@code deliver}, {@code rate}
 * @param task the task concerned, or {@code null} for the whole application
 * @param item the task's item, or {@code null}
 * @param from the task's state before, or {@code null}
 * @param to the task's state after, or {@code null}
 * @param detail the reason, the missing materials, the note, or {@code null}
 */
public record HistoryEntry(Instant at, String actor, String action, Long task, String item, TaskState from,
        TaskState to, String detail) {
}
