package io.renshe.catalog.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application (办件) as stored: who applied for what, its tasks, materials, rating and history.
 *
 * @param number the application number ({@code 341000-20240927-000017}): unique across every node sharing the
 *        database; with the last six characters of the ID number, the applicant follows the application by it
 * @param jurisdiction the jurisdiction applied to
 * @param oneThing the one-thing's id, or {@code null} for single items
 * @param oneThingName the one-thing's name, or {@code null}
 * @param state where it stands
 * @param submittedAt when it was submitted
 * @param submittedOn the submission day (Beijing time)
 * @param applicant the applicant; masked in a {@link #maskedView()}
 * @param due the overall due dates: the latest of its tasks that were not refused, on each clock
 * @param tasks one task per item, in the order applied for
 * @param materials the materials stored
 * @param results what the result rules of its items say
 * @param rating the applicant's rating, or {@code null}
 * @param history every state change, oldest first
 * @param catalogVersion the version of the jurisdiction's bundle when it was submitted
 * @param masked {@code true} in the view for anybody but the applicant and the handling office
 */
public record Application(String number, String jurisdiction, String oneThing, String oneThingName,
        ApplicationState state, Instant submittedAt, LocalDate submittedOn, Applicant applicant, Due due,
        List<Task> tasks, List<MaterialRef> materials, List<ResultNote> results, Rating rating,
        List<HistoryEntry> history, String catalogVersion, boolean masked) {

    /** Copies the lists. */
    public Application {
        tasks = List.copyOf(tasks);
        materials = List.copyOf(materials);
        results = List.copyOf(results);
        history = List.copyOf(history);
    }

    /**
     * The view for anybody but the applicant and the handling office: the applicant masked
     * ({@link Applicant#masked()}), the answers of the forms and the rating's comment left out.
     *
     * @return a masked copy
     */
    public Application maskedView() {
        if (masked) {
            return this;
        }
        Rating hidden = rating == null ? null
                : new Rating(rating.score(), rating.label(), null, rating.at(), rating.followUp());
        return new Application(number, jurisdiction, oneThing, oneThingName, state, submittedAt, submittedOn,
                applicant.masked(), due, tasks.stream().map(Task::withoutAnswers).toList(), materials, results, hidden,
                history, catalogVersion, true);
    }
}
