package io.renshe.catalog.api;

import java.util.List;

/**
 * Descriptive data of how a jurisdiction serves (e.g. its integrated-window arrangement).
 *
 * @param id the id, unique in its jurisdiction
 * @param title the title
 * @param document where it comes from
 * @param summary a summary, or {@code null}
 * @param windows the windows
 * @param principles principles as written
 * @param text paragraphs as written
 * @param source the jurisdiction that defines it
 */
public record Arrangement(String id, String title, DocumentRef document, String summary, List<Window> windows,
        List<String> principles, List<String> text, String source) {
    public Arrangement {
        windows = List.copyOf(windows);
        principles = List.copyOf(principles);
        text = List.copyOf(text);
    }

    /**
     * A window of an arrangement.
     *
     * @param name its name
     * @param count how many
     * @param duties what it does
     */
    public record Window(String name, int count, String duties) {
    }

    /** A builder with no values set and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this arrangement's values. */
    public Builder toBuilder() {
        return new Builder().id(id).title(title).document(document).summary(summary).windows(windows)
                .principles(principles).text(text).source(source);
    }

    /** Builds an {@link Arrangement}; a value not set is {@code null}, {@code false} or an empty list. */
    public static final class Builder {
        private String id;
        private String title;
        private DocumentRef document;
        private String summary;
        private List<Window> windows = List.of();
        private List<String> principles = List.of();
        private List<String> text = List.of();
        private String source;

        private Builder() {
        }

        /** @see Arrangement#id() */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /** @see Arrangement#title() */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** @see Arrangement#document() */
        public Builder document(DocumentRef value) {
            document = value;
            return this;
        }

        /** @see Arrangement#summary() */
        public Builder summary(String value) {
            summary = value;
            return this;
        }

        /** @see Arrangement#windows() */
        public Builder windows(List<Window> value) {
            windows = value;
            return this;
        }

        /** @see Arrangement#principles() */
        public Builder principles(List<String> value) {
            principles = value;
            return this;
        }

        /** @see Arrangement#text() */
        public Builder text(List<String> value) {
            text = value;
            return this;
        }

        /** @see Arrangement#source() */
        public Builder source(String value) {
            source = value;
            return this;
        }

        /** The arrangement. */
        public Arrangement build() {
            return new Arrangement(id, title, document, summary, windows, principles, text, source);
        }
    }
}
