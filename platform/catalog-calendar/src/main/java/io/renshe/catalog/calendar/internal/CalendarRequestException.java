package io.renshe.catalog.calendar.internal;

/**
 * A request to the calendar resource that cannot be answered: its status and the JSON body of the answer.
 * Mapped to the response by {@link CalendarErrorMapper}; a plain exception, so the resource runs without a JAX-RS
 * implementation in unit tests.
 */
final class CalendarRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The JSON body of an error answer.
     *
     * @param status the HTTP status
     * @param error its reason phrase
     * @param message what is wrong
     * @param parameter the request parameter at fault, or {@code null}
     */
    record Body(int status, String error, String message, String parameter) {
    }

    private final transient Body body;

    private CalendarRequestException(Body body) {
        super(body.message());
        this.body = body;
    }

    static CalendarRequestException badRequest(String parameter, String message) {
        return new CalendarRequestException(new Body(400, "Bad Request", message, parameter));
    }

    Body body() {
        return body;
    }
}
