package io.renshe.catalog.api.overlay;

import java.util.List;

/**
 * Edits of one list of a jurisdiction, applied together or not at all, with one author and one reason.
 *
 * @param jurisdiction the jurisdiction whose list is changed (the list may be its own or inherited: the change is its
 *        own either way)
 * @param list the list's id
 * @param ifMatch the version of the list the edits were made on (its {@code ETag}, with or without quotes)
 * @param user who makes the change, as signed in
 * @param reason why, mandatory
 * @param edits the edits, each entry at most once
 */
public record ChangeRequest(String jurisdiction, String list, String ifMatch, String user, String reason,
        List<EntryEdit> edits) {

    public ChangeRequest {
        edits = List.copyOf(edits);
    }
}
