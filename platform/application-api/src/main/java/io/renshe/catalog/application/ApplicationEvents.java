package io.renshe.catalog.application;

/**
 * The kinds of the platform events the application service posts (through
 * {@link io.renshe.catalog.api.event.PlatformEvents}): subjects are jurisdiction ids or plug-in bundles; details never
 * hold personal data.
 */
public final class ApplicationEvents {

    /** An application was submitted; the detail is its number and items. */
    public static final String SUBMITTED = "application-submitted";
    /** An application was rated poorly (1 or 2) and is flagged for follow-up; the detail is its number and score. */
    public static final String FOLLOW_UP = "application-follow-up";
    /** An item plug-in came; the detail lists its items. */
    public static final String PLUGIN_ACTIVE = "plugin-active";
    /** An item plug-in went; its items fall back to the generic form. */
    public static final String PLUGIN_REMOVED = "plugin-removed";

    private ApplicationEvents() {
    }
}
