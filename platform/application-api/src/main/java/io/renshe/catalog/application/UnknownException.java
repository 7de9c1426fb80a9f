package io.renshe.catalog.application;

import java.util.List;

/**
 * Something the request names does not exist: a jurisdiction, a one-thing, an item it does not offer, a unit, an
 * application number (or a number with the wrong ID suffix), a task (404 over HTTP). Nothing was stored.
 */
public class UnknownException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ApplicationError> errors;

    /** @param message what was not found, without personal data */
    public UnknownException(String message) {
        this(message, List.of());
    }

    /**
     * @param message a summary, without personal data
     * @param errors each unknown thing, when there are several
     */
    public UnknownException(String message, List<ApplicationError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** Each unknown thing; empty when the message says it all. */
    public List<ApplicationError> errors() {
        return errors;
    }
}
