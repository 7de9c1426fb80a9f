package io.renshe.catalog.api.overlay;

/**
 * The kinds of the platform events of overlays, posted through OSGi Event Admin as every platform event is
 * ({@code io.renshe.catalog.api.event.PlatformEvents}), with the jurisdiction as the subject: the event log keeps them.
 */
public final class OverlayEvents {

    /** Changes of an overlay were written; the detail names each (id, action, target) with who and why. */
    public static final String CHANGED = "overlay-changed";
    /** A change was reverted; the detail names the revert and the change it reverts. */
    public static final String REVERTED = "overlay-reverted";
    /** A field of an item was locked, or a lock taken away. */
    public static final String LOCKED = "overlay-locked";
    /** Changes of an overlay no longer apply to the jurisdiction's catalog (kept, not applied); the detail says why. */
    public static final String ORPHANED = "overlay-orphaned";

    private OverlayEvents() {
    }
}
