package io.renshe.catalog.api.overlay;

/** A change of an overlay that cannot be made; nothing was written. The subclasses say why. */
public class OverlayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OverlayException(String message) {
        super(message);
    }
}
