package io.renshe.catalog.api.limits;

/**
 * Input went past one of the platform's limits. Thrown as soon as the limit is passed, before the rest is read. The
 * REST API answers it with {@link #status()} and the message, which names the limit as the configuration file writes
 * it.
 */
public class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** 413 Content Too Large: the body, or what it inflates to, is larger than the platform takes. */
    public static final int TOO_LARGE = 413;
    /** 422 Unprocessable Content: the content is of a shape the platform refuses (nesting, aliases, comments). */
    public static final int UNPROCESSABLE = 422;

    private final String limit;
    private final long value;
    private final int status;

    /**
     * A limit passed.
     *
     * @param limit the limit's name in the configuration file ({@code jar.maxInflatedBytes})
     * @param value the limit's value
     * @param status {@link #TOO_LARGE} or {@link #UNPROCESSABLE}
     * @param message what went past the limit, for a person, naming the limit
     */
    public LimitExceededException(String limit, long value, int status, String message) {
        super(message);
        this.limit = limit;
        this.value = value;
        this.status = status;
    }

    /**
     * The limit's name, as {@link InputLimits#FILE} writes it.
     *
     * @return the name, such as {@code jar.maxBodyBytes}
     */
    public String limit() {
        return limit;
    }

    /**
     * The limit's configured value.
     *
     * @return the value
     */
    public long value() {
        return value;
    }

    /**
     * The HTTP status to answer with.
     *
     * @return 413 or 422
     */
    public int status() {
        return status;
    }
}
