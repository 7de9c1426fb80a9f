package io.renshe.catalog.api;

import java.util.List;

/**
 * A named, dated item list (清单) of a jurisdiction.
 *
 * @param id the id, unique in its jurisdiction
 * @param title the title as written
 * @param type the list type as the document names it (就近办, 提速办 …)
 * @param document where it comes from
 * @param columns the table headings as written
 * @param entries the rows in order
 * @param source the jurisdiction that defines the list
 * @param file the catalog file it was read from
 */
public record ItemList(String id, String title, String type, DocumentRef document, List<String> columns,
        List<ListEntry> entries, String source, String file) {
    public ItemList {
        columns = List.copyOf(columns);
        entries = List.copyOf(entries);
    }
}
