package io.renshe.catalog.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;

/**
 * An error answer of the API: a JSON body naming the status, the reason and, for bad input, the parameter.
 */
final class ApiError extends WebApplicationException {

    private static final long serialVersionUID = 1L;
    private static final Json JSON = new Json();

    record Body(int status, String error, String message, String parameter) {
    }

    private ApiError(int status, String message, String parameter) {
        super(message, JSON.respond(status, new Body(status, reason(status), message, parameter)));
    }

    static ApiError badRequest(String parameter, String message) {
        return new ApiError(400, message, parameter);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message, null);
    }

    static ApiError unavailable(String message) {
        return new ApiError(503, message, null);
    }

    static Response body(int status, String message) {
        return JSON.respond(status, new Body(status, reason(status), message, null));
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
