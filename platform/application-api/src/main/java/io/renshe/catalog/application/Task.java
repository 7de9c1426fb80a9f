package io.renshe.catalog.application;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of an application, for its unit: its state, its two clocks and how they moved.
 *
 * @param id the task's id
 * @param application the application's number
 * @param jurisdiction the jurisdiction of the application
 * @param seq the task's place in the application, from 1
 * @param item the item's id (its national code where it has one, else its name)
 * @param itemName the item's name as the one-thing or list writes it
 * @param unit the unit that handles it (承办), or {@code null} when the catalog names none: the front desk (综合窗口)
 *        handles it then
 * @param unitSource where the unit comes from ({@code one-thing card-one-thing-1 item 1}, {@code list nearby row 39}),
 *        or {@code null}
 * @param state its state
 * @param form {@code plugin} when an item plug-in handled the application of this item (form, pre-check, result
 *        rules), {@code generic} otherwise
 * @param plugin the plug-in's bundle and version, or {@code null}
 * @param due the due dates now on both clocks
 * @param clocks both clocks, with their limits and sources
 * @param dueChanges every move of a due date, oldest first, each with its reason
 * @param suspensions the suspension ledger: each return for missing materials, oldest first
 * @param missing while returned, every missing material; empty otherwise
 * @param note the unit's last note (of a return or an approval), or {@code null}
 * @param refusal the reason of a refusal, or {@code null}
 * @param acceptedOn the acceptance day (受理), or {@code null}
 * @param decidedOn the day it was approved or refused, or {@code null}
 * @param deliveredOn the day its result was delivered, or {@code null}
 * @param answers the answers of its form (personal data: left out of a masked view)
 * @param results what its result rules say
 * @param catalogVersion the version of the jurisdiction's bundle when the application was submitted
 * @param itemState a fingerprint of the item's catalog data (limits, units, channels of every row and one-thing that
 *        offers it, overlays included) when the application was submitted, so that statistics tell the versions of
 *        an item apart
 */
public record Task(long id, String application, String jurisdiction, int seq, String item, String itemName,
        String unit, String unitSource, TaskState state, String form, String plugin, Due due, List<LimitClock> clocks,
        List<DueChange> dueChanges, List<Suspension> suspensions, List<String> missing, String note, String refusal,
        LocalDate acceptedOn, LocalDate decidedOn, LocalDate deliveredOn, Map<String, Object> answers,
        List<ResultNote> results, String catalogVersion, String itemState) {

    /** The form of an item handled by a plug-in. */
    public static final String PLUGIN = "plugin";
    /** The form of an item without a plug-in: no answers, the catalog's materials, no pre-check. */
    public static final String GENERIC = "generic";

    /** Copies the lists and maps. */
    public Task {
        clocks = List.copyOf(clocks);
        dueChanges = List.copyOf(dueChanges);
        suspensions = List.copyOf(suspensions);
        missing = List.copyOf(missing);
        answers = answers == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        results = List.copyOf(results);
    }

    /** This task without its answers, for a masked view. */
    public Task withoutAnswers() {
        return new Task(id, application, jurisdiction, seq, item, itemName, unit, unitSource, state, form, plugin, due,
                clocks, dueChanges, suspensions, missing, note, refusal, acceptedOn, decidedOn, deliveredOn, null,
                results, catalogVersion, itemState);
    }
}
