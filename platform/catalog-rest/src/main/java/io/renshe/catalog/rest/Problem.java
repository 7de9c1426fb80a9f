package io.renshe.catalog.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer of the API. A resource throws it; the platform's problem mapper answers with its status, its
 * headers and its {@link ProblemDetail} as {@code application/problem+json}.
 * <p>
 * A plain exception, so that a resource runs in a unit test without a JAX-RS implementation:
 *
 * <pre>
 * throw Problem.badRequest("level", "Parameter level must be one of district, town, village; got 'county'");
 * throw Problem.unauthorized("Sign in to change a list").withHeader("WWW-Authenticate", "Basic realm=\"karaf\"");
 * throw Problem.forbidden("Office 341504 may not change the lists of 341000");
 * throw Problem.conflict("List nearby was changed by someone else since version 7");
 * throw Problem.unprocessable("The list has 2 errors", List.of(ProblemError.atPointer("/entries/3/limit", "…")));
 * </pre>
 */
public class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private final transient ProblemDetail body;
    private final transient Map<String, String> headers;

    /**
     * A problem with this body and no extra header.
     *
     * @param body the body of the answer
     */
    public Problem(ProblemDetail body) {
        this(body, Map.of());
    }

    private Problem(ProblemDetail body, Map<String, String> headers) {
        super(body.detail());
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    /**
     * A problem of a status that says it all ({@code type} {@code about:blank}, {@code title} the reason phrase).
     *
     * @param status a 4xx or 5xx status
     * @param detail what went wrong, for a person
     * @return the problem
     */
    public static Problem of(int status, String detail) {
        return new Problem(new ProblemDetail(ProblemDetail.ABOUT_BLANK, reason(status), status, detail, null, null));
    }

    /**
     * 400: a request parameter (query, path or form) is missing or wrong.
     *
     * @param parameter the parameter's name
     * @param detail what is wrong with it
     * @return the problem
     */
    public static Problem badRequest(String parameter, String detail) {
        return new Problem(new ProblemDetail(ProblemDetail.ABOUT_BLANK, reason(400), 400, detail, parameter, null));
    }

    /**
     * 401: the request needs a signed-in user. Add the challenge with {@link #withHeader(String, String)}.
     *
     * @param detail what needs signing in
     * @return the problem
     */
    public static Problem unauthorized(String detail) {
        return of(401, detail);
    }

    /**
     * 403: the signed-in user may not do this.
     *
     * @param detail what is refused, and which role would allow it
     * @return the problem
     */
    public static Problem forbidden(String detail) {
        return of(403, detail);
    }

    /**
     * 404: no such resource.
     *
     * @param detail what was not found
     * @return the problem
     */
    public static Problem notFound(String detail) {
        return of(404, detail);
    }

    /**
     * 409: the request conflicts with the current state (a concurrent change).
     *
     * @param detail what conflicts
     * @return the problem
     */
    public static Problem conflict(String detail) {
        return of(409, detail);
    }

    /**
     * 413: the request body is larger than the endpoint takes.
     *
     * @param detail the limit
     * @return the problem
     */
    public static Problem contentTooLarge(String detail) {
        return of(413, detail);
    }

    /**
     * 422: the request body is well-formed but its content cannot be accepted, with every error found.
     *
     * @param detail a summary ({@code The bundle would be rejected with 3 errors})
     * @param errors every error
     * @return the problem
     */
    public static Problem unprocessable(String detail, List<ProblemError> errors) {
        return new Problem(new ProblemDetail(ProblemDetail.ABOUT_BLANK, reason(422), 422, detail, null, errors));
    }

    /**
     * 428: the request must be conditional ({@code If-Match}).
     *
     * @param detail which condition is needed
     * @return the problem
     */
    public static Problem preconditionRequired(String detail) {
        return of(428, detail);
    }

    /**
     * 503: something the answer needs is down (the database, most often).
     *
     * @param detail what is down; never credentials
     * @return the problem
     */
    public static Problem unavailable(String detail) {
        return of(503, detail);
    }

    /**
     * This problem with one more header in its answer ({@code WWW-Authenticate}, {@code Retry-After},
     * {@code ETag} …).
     *
     * @param name the header's name
     * @param value its value
     * @return a new problem
     */
    public Problem withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(body, more);
    }

    /**
     * The body of the answer.
     *
     * @return the problem body
     */
    public ProblemDetail body() {
        return body;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status
     */
    public int status() {
        return body.status();
    }

    /**
     * The extra headers of the answer.
     *
     * @return header names and values, unmodifiable
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The reason phrase of an HTTP status, as RFC 9110 names it.
     *
     * @param status an HTTP status
     * @return its phrase, {@code Error} for a status without one
     */
    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error";
        };
    }
}
