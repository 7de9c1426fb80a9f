package io.renshe.catalog.api.overlay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.renshe.catalog.api.ListEntry;

/**
 * What the catalog found checking edits of a list.
 *
 * @param errors every error of every edit, in edit order
 * @param entries per edit, the entry as the catalog reads it ({@code null} for a hide and for an edit with errors)
 */
public record EntryCheck(List<EntryError> errors, List<ListEntry> entries) {

    public EntryCheck {
        errors = List.copyOf(errors);
        entries = Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** Whether every edit can be applied. */
    public boolean valid() {
        return errors.isEmpty();
    }
}
