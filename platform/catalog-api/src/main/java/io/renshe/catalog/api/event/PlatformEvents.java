package io.renshe.catalog.api.event;

import java.util.Map;

/**
 * The Event Admin topics and properties of platform events. A producer posts
 * {@code new Event(PlatformEvents.topic(kind), PlatformEvents.properties(kind, subject, detail))}; the
 * {@link EventLog} handles every topic under {@link #TOPIC_ROOT}.
 */
public final class PlatformEvents {

    /** The root of every platform event topic. */
    public static final String TOPIC_ROOT = "io/renshe/event";
    /** The topic filter that matches every platform event. */
    public static final String ALL_TOPICS = TOPIC_ROOT + "/*";
    /** Property: the event's kind, a lower-case key ({@code jurisdiction-active}). */
    public static final String KIND = "kind";
    /** Property: what the event is about. */
    public static final String SUBJECT = "subject";
    /** Property: a human-readable detail, absent when there is none. */
    public static final String DETAIL = "detail";

    /** A jurisdiction's catalog is served. */
    public static final String JURISDICTION_ACTIVE = "jurisdiction-active";
    /** A jurisdiction bundle was rejected; the detail lists its errors. */
    public static final String JURISDICTION_REJECTED = "jurisdiction-rejected";
    /** A jurisdiction bundle was stopped or uninstalled. */
    public static final String JURISDICTION_REMOVED = "jurisdiction-removed";

    private PlatformEvents() {
    }

    /** The topic of events of a kind. */
    public static String topic(String kind) {
        if (kind == null || !kind.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("an event kind is a lower-case key such as jurisdiction-active: '" + kind + "'");
        }
        return TOPIC_ROOT + "/" + kind;
    }

    /** The properties of an event; a {@code null} detail is left out. */
    public static Map<String, Object> properties(String kind, String subject, String detail) {
        return detail == null ? Map.of(KIND, kind, SUBJECT, subject) : Map.of(KIND, kind, SUBJECT, subject, DETAIL, detail);
    }
}
