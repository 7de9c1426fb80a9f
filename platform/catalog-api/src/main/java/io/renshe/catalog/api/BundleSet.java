package io.renshe.catalog.api;

import java.util.List;

/**
 * A set of one-thing bundles from one document.
 *
 * @param id the id, unique in its jurisdiction
 * @param title the title as written
 * @param type 一件事一次办, 跨部门联办 …
 * @param crossDepartment {@code true} when lead and co units are departments
 * @param document where it comes from
 * @param bundles the bundles in order
 * @param source the jurisdiction that defines the set
 * @param file the catalog file it was read from
 */
public record BundleSet(String id, String title, String type, boolean crossDepartment, DocumentRef document,
        List<OneThing> bundles, String source, String file) {
    public BundleSet {
        bundles = List.copyOf(bundles);
    }

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this set's values. */
    public Builder toBuilder() {
        return new Builder().id(id).title(title).type(type).crossDepartment(crossDepartment)
                .document(document).bundles(bundles).source(source).file(file);
    }

    /** Builds a {@link BundleSet}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String id;
        private String title;
        private String type;
        private boolean crossDepartment;
        private DocumentRef document;
        private List<OneThing> bundles = List.of();
        private String source;
        private String file;

        private Builder() {
        }

        /** @see BundleSet#id() */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** @see BundleSet#title() */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** @see BundleSet#type() */
        public Builder type(String value) {
            type = value;
            return this;
        }

        /** @see BundleSet#crossDepartment() */
        public Builder crossDepartment(boolean value) {
            crossDepartment = value;
            return this;
        }

        /** @see BundleSet#document() */
        public Builder document(DocumentRef value) {
            document = value;
            return this;
        }

        /** @see BundleSet#bundles() */
        public Builder bundles(List<OneThing> value) {
            bundles = value;
            return this;
        }

        /** @see BundleSet#source() */
        public Builder source(String value) {
            source = value;
            return this;
        }

        /** @see BundleSet#file() */
        public Builder file(String value) {
            file = value;
            return this;
        }

        /** The set. */
        public BundleSet build() {
            return new BundleSet(id, title, type, crossDepartment, document, bundles, source, file);
        }
    }
}
