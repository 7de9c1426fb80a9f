package io.renshe.catalog.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a result rule says for one item of an application: when a change takes effect, which rule applied, or that a
 * setting the rule needs is missing.
 *
 * @param item the item
 * @param rule which rule applied, a lower-case key ({@code chosen-1st-to-15th}, {@code setting-missing})
 * @param message the rule's outcome for a person
 * @param values the outcome as values ({@code firstPaymentToNewAccount: 2024-03}); keys camelCase
 */
public record ResultNote(String item, String rule, String message, Map<String, String> values) {

    /** Copies {@code values}, keeping their order. */
    public ResultNote {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
