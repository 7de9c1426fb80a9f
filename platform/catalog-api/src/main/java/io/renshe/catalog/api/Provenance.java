package io.renshe.catalog.api;

/**
 * Where an element of an effective catalog comes from.
 *
 * @param jurisdiction the jurisdiction that defines it
 * @param inherited {@code true} when it comes from an ancestor
 * @param overridden {@code true} when the jurisdiction redefines an inherited element of the same id
 */
public record Provenance(String jurisdiction, boolean inherited, boolean overridden) {
}
