package io.renshe.catalog.api;

import java.util.List;

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
 */
public record ListEntry(String seq, String name, String item, boolean local, String code, List<String> units,
        List<Channel> channels, OnlineAccess online, Limit limit, Limit limitBefore, Limit limitAfter,
        List<String> applicants, String category, List<LevelDuty> levels, String remarks, String original) {
    public ListEntry {
        units = List.copyOf(units);
        channels = List.copyOf(channels);
        applicants = List.copyOf(applicants);
        levels = List.copyOf(levels);
    }
}
