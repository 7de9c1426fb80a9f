package io.renshe.catalog.api;

import java.util.List;

/**
 * One place where a jurisdiction offers an item: a row of a list or an item of a one-thing bundle.
 *
 * @param jurisdiction the jurisdiction whose effective catalog holds it
 * @param source the jurisdiction that defines the list or bundle
 * @param kind {@code list} or {@code bundle}
 * @param container the id of the list or bundle set
 * @param title the title of the list, or the name of the bundle
 * @param seq the row or item number
 * @param name the item name as written there
 * @param levels the handling levels that apply
 * @param channels the channels
 * @param units the units
 * @param limit the limit, or {@code null}
 * @param limitBefore the limit before acceleration, or {@code null}
 * @param limitAfter the limit after acceleration, or {@code null}
 * @param inferred the fields of this offering whose values the document does not state for this row or item
 *        ({@code levels}, {@code channels}, {@code units}, {@code limit} …, and {@code item} when which item it is
 *        was inferred): derived by the platform (handling levels from the channels, a bundle's level text or the
 *        jurisdiction's level; a bundle item's channels from the bundle's place, its units and limit from the bundle)
 *        or marked inferred in the catalog file; empty when every value is stated
 */
public record Offering(String jurisdiction, String source, String kind, String container, String title, String seq,
        String name, List<HandlingLevel> levels, List<Channel> channels, List<String> units, Limit limit,
        Limit limitBefore, Limit limitAfter, List<String> inferred) {
    public Offering {
        levels = List.copyOf(levels);
        channels = List.copyOf(channels);
        units = List.copyOf(units);
        inferred = List.copyOf(inferred);
    }

    /** An offering whose every value is stated by its document. */
    public Offering(String jurisdiction, String source, String kind, String container, String title, String seq,
            String name, List<HandlingLevel> levels, List<Channel> channels, List<String> units, Limit limit,
            Limit limitBefore, Limit limitAfter) {
        this(jurisdiction, source, kind, container, title, seq, name, levels, channels, units, limit, limitBefore,
                limitAfter, List.of());
    }
}
