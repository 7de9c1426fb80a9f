package io.renshe.catalog.api;

import java.util.List;
import java.util.Map;

/**
 * A row of an item list.
 *
 * @param seq the sequence number printed in the list
 * @param name the item name as written in this row
 * @param item the id of the catalogue or local item the row stands for
 * @param local {@code true} when the row matches no core catalogue item
 * @param code the national code printed in the row, or {@code null}
 * @param units the units (职能单位) of the row
 * @param channels the channels ticked
 * @param online online details, or {@code null}
 * @param limit the completion limit (办结时限), or {@code null}
 * @param limitBefore for an accelerated list, the limit before, or {@code null}
 * @param limitAfter for an accelerated list, the limit after, or {@code null}
 * @param applicants applicant types of the row
 * @param category the category the list gives, or {@code null}
 * @param levels the duty at each handling level the list names
 * @param remarks remarks as written, or {@code null}
 * @param original the raw text where it was normalised, or {@code null}
 * @param inferred the values of this row that the document does not state, by field name ({@code units},
 *        {@code limit} …, as in the catalog file), each with the reason it was inferred; every other value is stated
 */
public record ListEntry(String seq, String name, String item, boolean local, String code, List<String> units,
        List<Channel> channels, OnlineAccess online, Limit limit, Limit limitBefore, Limit limitAfter,
        List<String> applicants, String category, List<LevelDuty> levels, String remarks, String original,
        Map<String, String> inferred) {
    public ListEntry {
        units = List.copyOf(units);
        channels = List.copyOf(channels);
        applicants = List.copyOf(applicants);
        levels = List.copyOf(levels);
        inferred = Inferred.copy(inferred);
    }

    /** A row whose every value is stated by its document. */
    public ListEntry(String seq, String name, String item, boolean local, String code, List<String> units,
            List<Channel> channels, OnlineAccess online, Limit limit, Limit limitBefore, Limit limitAfter,
            List<String> applicants, String category, List<LevelDuty> levels, String remarks, String original) {
        this(seq, name, item, local, code, units, channels, online, limit, limitBefore, limitAfter, applicants, category,
                levels, remarks, original, Map.of());
    }
}
