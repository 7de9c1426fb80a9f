package io.renshe.catalog.sheets.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.renshe.catalog.api.overlay.EntryEdit;
import io.renshe.catalog.api.overlay.EntryError;
import io.renshe.catalog.api.overlay.EntryShape;
import io.renshe.catalog.rest.ProblemError;
import io.renshe.catalog.sheets.internal.SheetImport.Plan;
import io.renshe.catalog.sheets.internal.SheetImport.Proposal;

/**
 * The edits of the overlay an import makes: a put for each added or changed row (the entry in the file's shape, made
 * from the entry as served with the row's columns over it), then a hide for each entry no row names. An error the
 * catalog finds in an edit goes back to the row and the column it came from.
 *
 * @param edits the edits, puts in file order then hides
 * @param proposals the proposal of each put, by edit index
 */
record ImportEdits(List<EntryEdit> edits, List<Proposal> proposals) {

    ImportEdits {
        edits = List.copyOf(edits);
        proposals = List.copyOf(proposals);
    }

    static ImportEdits of(Plan plan) {
        List<EntryEdit> edits = new ArrayList<>();
        for (Proposal proposal : plan.entries()) {
            edits.add(EntryEdit.put(proposal.entry().seq(), EntryShape.of(proposal.entry())));
        }
        for (String seq : plan.hidden()) {
            edits.add(EntryEdit.hide(seq));
        }
        return new ImportEdits(edits, plan.entries());
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The catalog's errors, each at the row and the column of the file that made its edit. */
    List<ProblemError> errors(List<EntryError> errors) {
        List<ProblemError> placed = new ArrayList<>();
        for (EntryError error : errors) {
            placed.add(place(error));
        }
        return placed;
    }

    ProblemError place(EntryError error) {
        if (error.edit() < 0 || error.edit() >= edits.size()) {
            return new ProblemError("序号 " + error.seq() + ": " + error.detail(), null, null, null, null);
        }
        EntryEdit edit = edits.get(error.edit());
        if (edit.hides()) {
            return new ProblemError("序号 " + edit.seq() + " (no row of the file names it, so the import hides it): "
                    + error.detail(), null, null, null, null);
        }
        Proposal proposal = proposals.get(error.edit());
        String key = key(error.pointer(), edit.entry());
        return ProblemError.inRow(proposal.row(), key == null ? null : proposal.headings().get(key), error.detail());
    }

    /**
     * What a JSON Pointer into an entry's shape points at, as {@link Proposal#headings()} keys it: {@code /limit} the
     * limit, {@code /units/1} the units, {@code /online/apps/0} the APP column, {@code /channels/2} the tick column of
     * the third channel, {@code /code} and {@code /item} the name column (it holds the code).
     */
    static String key(String pointer, Map<String, Object> entry) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return null;
        }
        String[] segments = pointer.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            segments[i] = segments[i].replace("~1", "/").replace("~0", "~");
        }
        String field = segments[0];
        switch (field) {
            case "code", "item", "name", "seq", "original" -> {
                return field.equals("seq") ? "seq" : "name";
            }
            case "online" -> {
                return segments.length > 1 && segments[1].equals("apps") ? "online.apps" : "online";
            }
            case "channels" -> {
                if (segments.length > 1 && segments[1].matches("[0-9]+") && entry != null
                        && entry.get("channels") instanceof List<?> channels
                        && Integer.parseInt(segments[1]) < channels.size()) {
                    return "channels." + channels.get(Integer.parseInt(segments[1]));
                }
                return null;
            }
            default -> {
                return field;
            }
        }
    }
}
