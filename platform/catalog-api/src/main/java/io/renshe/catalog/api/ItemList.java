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

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this list's values. */
    public Builder toBuilder() {
        return new Builder().id(id).title(title).type(type).document(document).columns(columns)
                .entries(entries).source(source).file(file);
    }

    /** Builds an {@link ItemList}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String id;
        private String title;
        private String type;
        private DocumentRef document;
        private List<String> columns = List.of();
        private List<ListEntry> entries = List.of();
        private String source;
        private String file;

        private Builder() {
        }

        /** @see ItemList#id() */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** @see ItemList#title() */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** @see ItemList#type() */
        public Builder type(String value) {
            type = value;
            return this;
        }

        /** @see ItemList#document() */
        public Builder document(DocumentRef value) {
            document = value;
            return this;
        }

        /** @see ItemList#columns() */
        public Builder columns(List<String> value) {
            columns = value;
            return this;
        }

        /** @see ItemList#entries() */
        public Builder entries(List<ListEntry> value) {
            entries = value;
            return this;
        }

        /** @see ItemList#source() */
        public Builder source(String value) {
            source = value;
            return this;
        }

        /** @see ItemList#file() */
        public Builder file(String value) {
            file = value;
            return this;
        }

        /** The list. */
        public ItemList build() {
            return new ItemList(id, title, type, document, columns, entries, source, file);
        }
    }
}
