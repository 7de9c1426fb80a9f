package io.renshe.catalog.application.spi;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.renshe.catalog.application.Applicant;

/**
 * What a plug-in's eligibility pre-check sees: the applicant, every item chosen (the plug-in's and others, so that it
 * can judge a combination), and the answers.
 *
 * @param jurisdiction the jurisdiction applied to
 * @param oneThing the one-thing applied for, or {@code null}
 * @param applicant the applicant
 * @param items every chosen item's id, in the order applied for
 * @param answers the answers by item id (an item without answers has none)
 * @param today the submission day, Beijing time
 */
public record Precheck(String jurisdiction, String oneThing, Applicant applicant, List<String> items,
        Map<String, Map<String, Object>> answers, LocalDate today) {

    /** Copies the lists and maps. */
    public Precheck {
        items = List.copyOf(items);
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** The answers of one item; empty when it has none. */
    public Map<String, Object> answers(String item) {
        Map<String, Object> given = answers.get(item);
        return given == null ? Map.of() : given;
    }
}
