package io.renshe.catalog.api.event;

import java.time.Instant;

/**
 * Something that happened on the platform, as the event log keeps it.
 *
 * @param id the log's sequence number, increasing
 * @param at when it happened
 * @param kind what happened, a lower-case key such as {@code jurisdiction-active}
 * @param subject what it happened to, for example a jurisdiction id
 * @param detail a human-readable detail, or {@code null}
 */
public record PlatformEvent(long id, Instant at, String kind, String subject, String detail) {
}
