package io.renshe.catalog.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of a catalog element that its source document does not state. A catalog file marks them in
 * {@code inferred:} (field name to the reason it was inferred); every value not named there is stated by the document.
 */
final class Inferred {

    private Inferred() {
    }

    /** An unmodifiable copy that keeps the order of the file. */
    static Map<String, String> copy(Map<String, String> inferred) {
        return inferred.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inferred));
    }
}
