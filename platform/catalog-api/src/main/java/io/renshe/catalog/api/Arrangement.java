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
}
