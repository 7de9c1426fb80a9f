package io.renshe.catalog.api.overlay;

/** The jurisdiction, list, entry, change, item or lock named does not exist (404). */
public class UnknownTargetException extends OverlayException {

    private static final long serialVersionUID = 1L;

    public UnknownTargetException(String message) {
        super(message);
    }
}
