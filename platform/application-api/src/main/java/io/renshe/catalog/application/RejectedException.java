package io.renshe.catalog.application;

import java.util.List;

/**
 * The request cannot be accepted, for every reason listed (422 over HTTP). Nothing was stored.
 */
public class RejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ApplicationError> errors;

    /**
     * @param message a summary, without personal data
     * @param errors every reason
     */
    public RejectedException(String message, List<ApplicationError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** Every reason. */
    public List<ApplicationError> errors() {
        return errors;
    }
}
