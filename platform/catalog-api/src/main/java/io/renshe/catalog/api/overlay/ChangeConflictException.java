package io.renshe.catalog.api.overlay;

/**
 * The change conflicts with the overlay as it is (409): a revert of a change that a later change of the same target
 * follows, a unit that already exists, a lock that is already set.
 */
public class ChangeConflictException extends OverlayException {

    private static final long serialVersionUID = 1L;

    public ChangeConflictException(String message) {
        super(message);
    }
}
