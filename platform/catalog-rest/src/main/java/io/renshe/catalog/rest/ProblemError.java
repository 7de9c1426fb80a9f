package io.renshe.catalog.rest;

/**
 * One error of a problem that has several ({@code errors[]} of a {@link ProblemDetail}): what is wrong, and where.
 * At most one kind of location is set: a request parameter, a JSON Pointer into the request body, a file (and
 * line) inside an uploaded archive, or a row (and column) of an uploaded spreadsheet; absent members are left out of
 * the JSON. An error of an application also names the item it concerns and a stable code (since 1.3).
 *
 * @param detail what is wrong, for a person
 * @param parameter the request parameter at fault, or {@code null}
 * @param pointer an RFC 6901 JSON Pointer into the request body ({@code /entries/3/limit}), or {@code null}
 * @param file the file of an uploaded archive at fault, or {@code null}
 * @param line the 1-based line in {@code file}, or {@code null} when the file as a whole is at fault
 * @param row the 1-based row of an uploaded spreadsheet (CSV record or worksheet row, the header row being 1, as a
 *        spreadsheet program numbers them), or {@code null}
 * @param column the column of that row, by its header as the file writes it ({@code 办结时限}), or {@code null} when
 *        the row as a whole is at fault
 * @param item the catalog item the error concerns ({@code 1.10.2}), or {@code null}
 * @param code what kind of error it is, a stable lower-case key for programs ({@code card-not-issued}), or
 *        {@code null}
 */
public record ProblemError(String detail, String parameter, String pointer, String file, Integer line, Integer row,
        String column, String item, String code) {

    /**
     * Checks that the detail is given.
     *
     * @throws IllegalArgumentException when {@code detail} is {@code null} or blank
     */
    public ProblemError {
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("a problem error says what is wrong");
        }
    }

    /**
     * An error with one of the first four kinds of location: no row or column, no item or code.
     *
     * @param detail what is wrong
     * @param parameter the request parameter at fault, or {@code null}
     * @param pointer a JSON Pointer into the request body, or {@code null}
     * @param file the file of an uploaded archive, or {@code null}
     * @param line the 1-based line in {@code file}, or {@code null}
     */
    public ProblemError(String detail, String parameter, String pointer, String file, Integer line) {
        this(detail, parameter, pointer, file, line, null, null, null, null);
    }

    /**
     * An error without item and code (the members of version 1.2).
     *
     * @param detail what is wrong
     * @param parameter the request parameter at fault, or {@code null}
     * @param pointer a JSON Pointer into the request body, or {@code null}
     * @param file the file of an uploaded archive, or {@code null}
     * @param line the 1-based line in {@code file}, or {@code null}
     * @param row the 1-based row of an uploaded spreadsheet, or {@code null}
     * @param column the column of that row, or {@code null}
     */
    public ProblemError(String detail, String parameter, String pointer, String file, Integer line, Integer row,
            String column) {
        this(detail, parameter, pointer, file, line, row, column, null, null);
    }

    /**
     * An error of a request parameter.
     *
     * @param parameter the parameter's name
     * @param detail what is wrong
     * @return the error
     */
    public static ProblemError ofParameter(String parameter, String detail) {
        return new ProblemError(detail, parameter, null, null, null);
    }

    /**
     * An error at a place in a JSON request body.
     *
     * @param pointer an RFC 6901 JSON Pointer ({@code /name})
     * @param detail what is wrong
     * @return the error
     */
    public static ProblemError atPointer(String pointer, String detail) {
        return new ProblemError(detail, null, pointer, null, null);
    }

    /**
     * An error in a file of an uploaded archive.
     *
     * @param file the file's path in the archive
     * @param line the 1-based line, or 0 or less when the file as a whole is at fault
     * @param detail what is wrong
     * @return the error
     */
    public static ProblemError inFile(String file, int line, String detail) {
        return new ProblemError(detail, null, null, file, line > 0 ? line : null);
    }

    /**
     * An error in a row of an uploaded spreadsheet (CSV or xlsx).
     *
     * @param row the 1-based row, the header row being 1
     * @param column the column's header as the file writes it, or {@code null} when the row as a whole is at fault
     * @param detail what is wrong
     * @return the error
     */
    public static ProblemError inRow(int row, String column, String detail) {
        return new ProblemError(detail, null, null, null, null, row, column);
    }

    /**
     * An error concerning an item, or the request as a whole, with a code: {@code {"detail", "item", "code"}} and a
     * pointer where the request body holds the value at fault.
     *
     * @param item the item, or {@code null}
     * @param code the kind of error, a lower-case key
     * @param pointer a JSON Pointer into the request body, or {@code null}
     * @param detail what is wrong
     * @return the error
     */
    public static ProblemError ofItem(String item, String code, String pointer, String detail) {
        return new ProblemError(detail, null, pointer, null, null, null, null, item, code);
    }
}
