package io.renshe.catalog.api.limits;

/**
 * Limits of the YAML reader of catalog files (snakeyaml's {@code LoaderOptions} and checks of the platform's own).
 * Past one, the file is rejected with an error that names the limit.
 *
 * @param maxDocumentBytes bytes one file may have ({@code yaml.maxDocumentBytes})
 * @param maxDepth lists and maps nested in each other ({@code yaml.maxDepth})
 * @param maxAliases aliases of lists and maps in one file ({@code yaml.maxAliases})
 * @param maxCommentChars characters of one comment ({@code yaml.maxCommentChars})
 * @param maxNodes values of a file once its aliases are expanded ({@code yaml.maxNodes}), against alias bombs
 */
public record YamlLimits(int maxDocumentBytes, int maxDepth, int maxAliases, int maxCommentChars, int maxNodes) {

    /** The shipped {@code yaml.maxDocumentBytes}: 2 MiB, about a hundred times the largest shipped file. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
    /** The shipped {@code yaml.maxDepth}. */
    public static final int DEFAULT_MAX_DEPTH = 32;
    /** The shipped {@code yaml.maxAliases}. */
    public static final int DEFAULT_MAX_ALIASES = 50;
    /** The shipped {@code yaml.maxCommentChars}. */
    public static final int DEFAULT_MAX_COMMENT_CHARS = 4096;
    /** The shipped {@code yaml.maxNodes}. */
    public static final int DEFAULT_MAX_NODES = 250_000;

    /** The shipped limits. */
    public static final YamlLimits DEFAULTS = new YamlLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_ALIASES, DEFAULT_MAX_COMMENT_CHARS, DEFAULT_MAX_NODES);

    /**
     * Checks that every limit is positive.
     *
     * @throws IllegalArgumentException for a limit below 1
     */
    public YamlLimits {
        if (maxDocumentBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxCommentChars < 1 || maxNodes < 1) {
            throw new IllegalArgumentException("YAML limits are positive: " + maxDocumentBytes + ", " + maxDepth + ", "
                    + maxAliases + ", " + maxCommentChars + ", " + maxNodes);
        }
    }

    /**
     * The exception for a passed limit, naming it: {@code file} passes {@code limit}.
     *
     * @param limit the limit's name without the {@code yaml.} prefix ({@code maxDepth})
     * @param value its value
     * @param what what passed it, for a person
     * @return the exception (422)
     */
    public static LimitExceededException exceeded(String limit, long value, String what) {
        String name = "yaml." + limit;
        return new LimitExceededException(name, value, LimitExceededException.UNPROCESSABLE,
                what + " (limit " + name + " = " + value + " in " + InputLimits.FILE + ")");
    }
}
