package io.renshe.catalog.store.internal;

/** A migration set that cannot be applied; the message names the track and the migration at fault. */
final class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    MigrationException(String message) {
        super(message);
    }

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
