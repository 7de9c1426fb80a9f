package io.renshe.catalog.api.overlay;

/** The change would change a field that a jurisdiction above locked (403): the lock is named. */
public class LockedFieldException extends OverlayException {

    private static final long serialVersionUID = 1L;

    private final transient Lock lock;

    public LockedFieldException(String message, Lock lock) {
        super(message);
        this.lock = lock;
    }

    /** The lock, with who set it and why. */
    public Lock lock() {
        return lock;
    }
}
