package io.renshe.catalog.api;

import io.renshe.catalog.api.time.TimeLimit;

/**
 * A time limit as written in a list, with its meaning as the {@link io.renshe.catalog.api.time.TimeLimitParser} reads
 * it.
 *
 * @param text the text as written
 * @param meaning what it means
 */
public record Limit(String text, TimeLimit meaning) {
}
