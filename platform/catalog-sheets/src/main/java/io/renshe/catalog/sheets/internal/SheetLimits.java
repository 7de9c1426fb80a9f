package io.renshe.catalog.sheets.internal;

/**
 * The limits on an imported file, from {@link SheetsConfiguration}.
 *
 * @param maxBytes the largest request body
 * @param maxRows the most data rows (the header row not counted)
 * @param maxColumns the most columns of a row
 * @param maxCellChars the most characters in a cell
 * @param maxZipEntries the most entries of an xlsx archive
 * @param maxInflatedBytes the most bytes the entries of an xlsx inflate to, together
 * @param maxCompressionRatio the highest ratio of inflated to compressed size of an entry, once past the grace size
 */
record SheetLimits(int maxBytes, int maxRows, int maxColumns, int maxCellChars, int maxZipEntries,
        long maxInflatedBytes, int maxCompressionRatio) {

    /** An entry may inflate this much before its compression ratio is checked. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    static SheetLimits of(SheetsConfiguration config) {
        return new SheetLimits(config.max_bytes(), config.max_rows(), config.max_columns(), config.max_cell_chars(),
                config.max_zip_entries(), config.max_inflated_bytes(), config.max_compression_ratio());
    }

    /** The defaults of {@link SheetsConfiguration}, as its annotation declares them. */
    static SheetLimits defaults() {
        return new SheetLimits(defaultOf("max_bytes"), defaultOf("max_rows"), defaultOf("max_columns"),
                defaultOf("max_cell_chars"), defaultOf("max_zip_entries"), defaultOf("max_inflated_bytes"),
                defaultOf("max_compression_ratio"));
    }

    private static int defaultOf(String attribute) {
        try {
            return (Integer) SheetsConfiguration.class.getDeclaredMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
