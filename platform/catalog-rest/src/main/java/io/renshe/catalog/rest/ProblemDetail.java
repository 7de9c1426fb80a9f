package io.renshe.catalog.rest;

import java.util.List;

/**
 * The body of every error answer of the API: an RFC 9457 problem, written as {@code application/problem+json}.
 * Absent members are left out of the JSON.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title a short summary of the kind of problem: with {@code about:blank}, the status's reason phrase
 *        ({@code Not Found})
 * @param status the HTTP status, the same as the answer's
 * @param detail what went wrong with this request, for a person
 * @param parameter the request parameter at fault (400), or {@code null}
 * @param errors every error when there are several (422), or {@code null}
 */
public record ProblemDetail(String type, String title, int status, String detail, String parameter,
        List<ProblemError> errors) {

    /** The {@code type} of a problem that the HTTP status describes well enough. */
    public static final String ABOUT_BLANK = "about:blank";

    /**
     * Checks the members and copies {@code errors}.
     *
     * @throws IllegalArgumentException when {@code status} is not a 4xx or 5xx or {@code type}, {@code title} or
     *         {@code detail} is missing
     */
    public ProblemDetail {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status: " + status);
        }
        if (type == null || title == null || detail == null) {
            throw new IllegalArgumentException("a problem has a type, a title and a detail");
        }
        errors = errors == null ? null : List.copyOf(errors);
    }
}
