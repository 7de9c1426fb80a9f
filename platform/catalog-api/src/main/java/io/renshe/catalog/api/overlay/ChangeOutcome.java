package io.renshe.catalog.api.overlay;

import java.util.List;

/**
 * What a change request wrote.
 *
 * @param changes the changes written, one per edit that changed its entry (an edit that leaves its entry as it is
 *        writes nothing), in id order; empty when nothing changed
 * @param version the list's version now (its {@code ETag}, without quotes), or {@code null} for a change that is no
 *        list's
 */
public record ChangeOutcome(List<Change> changes, String version) {

    public ChangeOutcome {
        changes = List.copyOf(changes);
    }
}
