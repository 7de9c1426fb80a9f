package io.renshe.catalog.application;

import java.time.Instant;
import java.util.List;

/**
 * A material stored with an application (its content is read apart).
 *
 * @param id its id
 * @param name its name
 * @param items the items that asked for it (a material several items need is submitted once)
 * @param round 0 with the application, 1, 2 … with each resubmission
 * @param size the length of its content in characters
 * @param submittedAt when
 */
public record MaterialRef(long id, String name, List<String> items, int round, long size, Instant submittedAt) {

    /** Copies {@code items}. */
    public MaterialRef {
        items = List.copyOf(items);
    }
}
