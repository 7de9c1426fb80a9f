package io.renshe.catalog.api;

import java.util.List;

/**
 * Every jurisdiction that offers an item.
 *
 * @param item the item
 * @param jurisdictions one entry per offering jurisdiction
 */
public record ItemJurisdictions(Item item, List<Entry> jurisdictions) {
    public ItemJurisdictions {
        jurisdictions = List.copyOf(jurisdictions);
    }

    /**
     * How one jurisdiction offers the item.
     *
     * @param id the jurisdiction id
     * @param name its name
     * @param levels the handling levels
     * @param channels the channels
     * @param limits the distinct limit texts
     * @param offerings where exactly
     */
    public record Entry(String id, String name, List<HandlingLevel> levels, List<Channel> channels,
            List<String> limits, List<Offering> offerings) {
        public Entry {
            levels = List.copyOf(levels);
            channels = List.copyOf(channels);
            limits = List.copyOf(limits);
            offerings = List.copyOf(offerings);
        }
    }
}
