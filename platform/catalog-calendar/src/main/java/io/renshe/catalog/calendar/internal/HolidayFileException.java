package io.renshe.catalog.calendar.internal;

/**
 * A holiday file that cannot be used, with the reason.
 */
final class HolidayFileException extends Exception {

    private static final long serialVersionUID = 1L;

    HolidayFileException(String message) {
        super(message);
    }
}
