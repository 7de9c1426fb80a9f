package io.renshe.catalog.store.internal;

final class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
