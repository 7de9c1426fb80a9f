package io.renshe.catalog.api.overlay;

/** The list was changed since the version the change was made on (409): the current version is given. */
public class StaleVersionException extends OverlayException {

    private static final long serialVersionUID = 1L;

    private final String current;

    public StaleVersionException(String message, String current) {
        super(message);
        this.current = current;
    }

    /** The list's version now (its {@code ETag}, without quotes). */
    public String current() {
        return current;
    }
}
