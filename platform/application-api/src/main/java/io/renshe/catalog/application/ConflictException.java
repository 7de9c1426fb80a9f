package io.renshe.catalog.application;

/**
 * The action is not allowed in the current state (approve a task that was not accepted, rate twice …), or the task
 * was changed by someone else meanwhile (409 over HTTP). Nothing was stored.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what conflicts, without personal data */
    public ConflictException(String message) {
        super(message);
    }
}
