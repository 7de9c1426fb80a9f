package io.renshe.catalog.api;

/**
 * A problem found in a catalog file.
 *
 * @param file the file, relative to the bundle's catalog folder
 * @param line the line (1-based), 0 when the problem is with the file as a whole
 * @param reason what is wrong
 */
public record CatalogError(String file, int line, String reason) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
