package io.renshe.catalog.api.overlay;

import java.util.List;

/** The change's entries break the rules of the format (the same rules as a bundle's): every error is listed (422). */
public class InvalidChangeException extends OverlayException {

    private static final long serialVersionUID = 1L;

    private final transient List<EntryError> errors;

    public InvalidChangeException(String message, List<EntryError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** Every error found. */
    public List<EntryError> errors() {
        return errors;
    }
}
