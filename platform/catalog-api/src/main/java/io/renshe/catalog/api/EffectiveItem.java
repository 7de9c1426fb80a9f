package io.renshe.catalog.api;

import java.util.List;

/**
 * An item as a jurisdiction offers it: the item, and every list row and bundle that offers it.
 *
 * @param item the item
 * @param levels the handling levels at which it is offered (union of its offerings)
 * @param channels the channels through which it is offered (union)
 * @param units the units that handle it (union)
 * @param offerings every place it is offered
 * @param provenance where the item comes from
 */
public record EffectiveItem(Item item, List<HandlingLevel> levels, List<Channel> channels, List<String> units,
        List<Offering> offerings, Provenance provenance) {
    public EffectiveItem {
        levels = List.copyOf(levels);
        channels = List.copyOf(channels);
        units = List.copyOf(units);
        offerings = List.copyOf(offerings);
    }
}
