package io.renshe.catalog.api;

import io.renshe.catalog.api.time.TimeLimit;

/**
 * A time limit as written in a list, with its parsed meaning.
 *
 * @param text the text as written
 * @param meaning what it means
 */
public record Limit(String text, TimeLimit meaning) {

    /** Parses a limit text; throws {@link IllegalArgumentException} naming the reason when it cannot. */
    public static Limit of(String text) {
        return new Limit(text, TimeLimit.parse(text));
    }
}
