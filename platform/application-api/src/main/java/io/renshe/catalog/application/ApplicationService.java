package io.renshe.catalog.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Applications from submission to rating, stored durably: a change is acknowledged only once it is committed, and an
 * error leaves nothing half-written.
 * <p>
 * Errors: {@link RejectedException} (every reason the request cannot be accepted), {@link UnknownException} (an unknown
 * jurisdiction, one-thing, item, unit, number or task), {@link ConflictException} (an action the task's state does not
 * allow, a change made meanwhile), {@link io.renshe.catalog.api.ServiceUnavailableException} (the database is down).
 * None of their messages holds personal data.
 */
@ProviderType
public interface ApplicationService {

    /**
     * How to apply for a one-thing or single items in a jurisdiction now.
     *
     * @param jurisdiction the jurisdiction
     * @param oneThing a one-thing's id, or {@code null}
     * @param items the chosen items (code, name or alias); empty for every item of the one-thing
     * @return each item's form, and the materials of all of them, each once
     * @throws UnknownException for an unknown jurisdiction, one-thing or item
     */
    ApplicationForm form(String jurisdiction, String oneThing, List<String> items);

    /**
     * Checks an application as {@link #submit(ApplicationRequest)} would, without storing anything: the pre-check
     * step (条件预判) of the online flow.
     *
     * @param request the application
     * @return every reason it would be refused; empty when it would be accepted
     * @throws UnknownException for an unknown jurisdiction, one-thing or item
     */
    List<ApplicationError> check(ApplicationRequest request);

    /**
     * Checks an application whole and stores it, with one task per chosen item for the item's unit, due dates counted
     * from today on both clocks (provisional until the front desk accepts), and what the result rules say.
     *
     * @param request the application
     * @return the stored application, for the applicant (not masked)
     * @throws RejectedException with every reason, the eligibility pre-checks' included
     * @throws UnknownException for an unknown jurisdiction, one-thing or item
     */
    Application submit(ApplicationRequest request);

    /**
     * An application, whole (not masked): for the applicant, who proves who they are with the last six characters of
     * the ID number, or for the handling office. Mask it ({@link Application#maskedView()}) for anybody else.
     *
     * @param number the application number
     * @return the application, or empty for an unknown number
     */
    Optional<Application> application(String number);

    /**
     * An application for its applicant: the number and the last six characters of the ID number must match.
     *
     * @param number the application number
     * @param idSuffix the last six characters of the applicant's ID number (an {@code x} matches {@code X})
     * @return the application (not masked)
     * @throws UnknownException for an unknown number or a suffix that does not match (the same answer for both)
     */
    Application application(String number, String idSuffix);

    /**
     * A stored material with its content.
     *
     * @param number the application number
     * @param material the material's id
     * @return the material, or empty when the application has no such material
     */
    Optional<MaterialContent> material(String number, long material);

    /**
     * The applicant resubmits after a return for missing materials (补正): every missing material of every returned
     * task must be among the materials; the returned tasks go back to where they were, and their clocks run again
     * with the suspended working days added to their due dates.
     *
     * @param number the application number
     * @param idSuffix the last six characters of the applicant's ID number
     * @param materials the materials, by name
     * @return the application
     * @throws RejectedException naming every material still missing, or an empty or oversized one
     * @throws ConflictException when no task is returned
     */
    Application resubmit(String number, String idSuffix, List<MaterialUpload> materials);

    /**
     * The applicant rates the service once the application is completed (好差评); a score of 1 or 2 is flagged for
     * follow-up to the units.
     *
     * @param number the application number
     * @param idSuffix the last six characters of the applicant's ID number
     * @param score 1 (非常不满意) to 5 (非常满意)
     * @param comment a comment, or {@code null}
     * @return the application
     * @throws RejectedException for a score outside 1–5 or an oversized comment
     * @throws ConflictException before completion, or when it was rated already
     */
    Application rate(String number, String idSuffix, int score, String comment);

    /**
     * One task.
     *
     * @param id the task's id
     * @return the task, or empty
     */
    Optional<Task> task(long id);

    /**
     * The front desk accepts a submitted task (受理): its clocks run from today.
     *
     * @param id the task
     * @param actor who
     * @return the task
     * @throws ConflictException unless it is submitted
     */
    Task accept(long id, String actor);

    /**
     * The front desk or the unit returns a submitted or accepted task for missing materials (补正), naming every one at
     * once (一次性告知): its clocks stop until the applicant resubmits.
     *
     * @param id the task
     * @param missing every missing material (at least one)
     * @param note a note, or {@code null}
     * @param actor who
     * @return the task
     * @throws RejectedException without a missing material
     * @throws ConflictException unless it is submitted or accepted
     */
    Task returnForMaterials(long id, List<String> missing, String note, String actor);

    /**
     * The unit approves an accepted task.
     *
     * @param id the task
     * @param note a note, or {@code null}
     * @param actor who
     * @return the task
     * @throws ConflictException unless it is accepted
     */
    Task approve(long id, String note, String actor);

    /**
     * The front desk (不予受理) or the unit refuses a submitted or accepted task, with the reason.
     *
     * @param id the task
     * @param reason why (required)
     * @param actor who
     * @return the task
     * @throws RejectedException without a reason
     * @throws ConflictException unless it is submitted or accepted
     */
    Task refuse(long id, String reason, String actor);

    /**
     * The window delivers the result of an approved task (出件).
     *
     * @param id the task
     * @param actor who
     * @return the task
     * @throws ConflictException unless it is approved
     */
    Task deliver(long id, String actor);

    /**
     * A unit's queue.
     *
     * @param query the jurisdiction and filters
     * @return the open tasks, ordered by committed due date
     * @throws UnknownException for a unit the jurisdiction does not know
     */
    List<Task> queue(TaskQuery query);

    /**
     * Statistics of the applications submitted to a jurisdiction from one day to another (both included).
     *
     * @param jurisdiction the jurisdiction
     * @param from the first day
     * @param to the last day
     * @param by the grouping
     * @return the statistics
     */
    Statistics statistics(String jurisdiction, LocalDate from, LocalDate to, Grouping by);

    /**
     * The poor ratings of a jurisdiction's applications, newest first.
     *
     * @param jurisdiction the jurisdiction
     * @param unit only those concerning this unit, or {@code null}
     * @param limit at most this many
     * @return the follow-ups
     */
    List<FollowUp> followUps(String jurisdiction, String unit, int limit);

    /**
     * The item plug-ins present now.
     *
     * @return the plug-ins, by bundle
     */
    List<PluginInfo> plugins();
}
