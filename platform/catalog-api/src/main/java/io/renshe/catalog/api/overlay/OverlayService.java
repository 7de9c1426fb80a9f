package io.renshe.catalog.api.overlay;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.Unit;

/**
 * Reads and writes the overlays of local offices. A write is checked whole before anything is written, written in one
 * transaction, and served by the catalog when the call returns. Who may write is the caller's business (the REST API
 * asks {@code io.renshe.catalog.rest.Access}); this service records the user it is given.
 * <p>
 * Every write throws, writing nothing: {@link UnknownTargetException} (an unknown jurisdiction, list, change …),
 * {@link VersionRequiredException} and {@link StaleVersionException} (a change of a list without, or with an old,
 * version), {@link InvalidChangeException} (every error of every entry), {@link LockedFieldException},
 * {@link ChangeConflictException}, {@link IllegalArgumentException} (no reason, no user), and
 * {@link ServiceUnavailableException} while the database is down. Reads of the catalog never need the database; reads
 * of the history do.
 */
@ProviderType
public interface OverlayService {

    /** The most changes {@link #changes(String, Long, int)} answers at once. */
    int MAX_CHANGES = 500;

    /**
     * The version of a list as a jurisdiction serves it now ({@link ListVersions#of} of the list its effective catalog
     * holds): the {@code ETag} of its answers (without quotes), which a change of the list must name.
     *
     * @return the version; empty when the jurisdiction is not active or has no such list
     */
    Optional<String> version(String jurisdiction, String list);

    /**
     * Checks edits of a list without writing anything: every error of every edit, as {@link #change} would find them
     * — the format's rules, and the locks: an edit that would change a locked field is an error here (where
     * {@link #change} throws {@link LockedFieldException}).
     *
     * @return the errors, in edit order; empty when the edits could be written
     * @throws UnknownTargetException when the jurisdiction is not active or has no such list
     */
    List<EntryError> validate(String jurisdiction, String list, List<EntryEdit> edits);

    /**
     * Writes the edits of a list in one transaction: one change per edit that changes its entry, all with the
     * request's user and reason; an edit that leaves its entry as it is writes nothing.
     *
     * @return the changes written and the list's version after them
     */
    ChangeOutcome change(ChangeRequest request);

    /**
     * Reverts one change: its target goes back to what it was before it. The revert is itself a change (with its own
     * reason); reverting a revert makes the reverted change again. A change that a later change of the same target
     * follows cannot be reverted ({@link ChangeConflictException}: revert the later one first).
     *
     * @param ifMatch the version of the change's list, for a change of an entry; ignored for a unit or a lock
     * @return the revert
     */
    ChangeOutcome revert(String jurisdiction, long change, String ifMatch, String user, String reason);

    /**
     * The history of a jurisdiction's overlay, newest first.
     *
     * @param before only changes older than this id, or {@code null} for the newest
     * @param limit at most this many, 1 to {@link #MAX_CHANGES}
     * @throws ServiceUnavailableException while the database is down
     */
    List<Change> changes(String jurisdiction, Long before, int limit);

    /** One change of a jurisdiction's overlay. */
    Optional<Change> change(String jurisdiction, long change);

    /**
     * Adds a unit to a jurisdiction: its lists (and its descendants') may then name it. A unit the jurisdiction or an
     * ancestor already has is a {@link ChangeConflictException}.
     *
     * @return the change
     */
    Change addUnit(String jurisdiction, Unit unit, String user, String reason);

    /** The locks that bind a jurisdiction's offices: those of its ancestors, nearest first. */
    List<Lock> locks(String jurisdiction);

    /** The locks a jurisdiction set for those below it. */
    List<Lock> ownLocks(String jurisdiction);

    /**
     * Locks a field of an item for every jurisdiction below this one.
     *
     * @param item the item's national code, name or alias (a catalogue item), or a local item's name
     * @param field a field of a list entry: {@link #LOCKABLE}
     * @return the change
     */
    Change lock(String jurisdiction, String item, String field, String user, String reason);

    /** Takes a lock of this jurisdiction away. */
    Change unlock(String jurisdiction, String item, String field, String user, String reason);

    /** The fields of a list entry that a lock may fix. */
    List<String> LOCKABLE = List.of("name", "units", "channels", "online", "limit", "limitBefore", "limitAfter",
            "applicants", "category", "levels", "remarks");
}
