package io.renshe.catalog.api;

/**
 * A service cannot answer because something it needs is down (the database, most often). The REST API answers
 * 503 with the message, which names what is down and never holds credentials.
 */
public class ServiceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message) {
        super(message);
    }

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
