package io.renshe.catalog.application.spi;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.renshe.catalog.api.Material;
import io.renshe.catalog.application.Applicant;

/**
 * One item in its jurisdiction, as the platform asks a plug-in about it.
 *
 * @param jurisdiction the jurisdiction
 * @param oneThing the one-thing applied for, or {@code null}
 * @param item the item's id
 * @param itemName the item's name as the one-thing or list writes it
 * @param applicant the applicant, or {@code null} when a form is asked for before anybody applies
 * @param answers the item's answers (empty before anybody applies)
 * @param catalogMaterials the item's materials as the catalog writes them (the one-thing's item, else the one-thing)
 * @param catalogRules the item's rules as the catalog writes them
 * @param today the day of the request (the submission day on submission), Beijing time
 */
public record ItemContext(String jurisdiction, String oneThing, String item, String itemName, Applicant applicant,
        Map<String, Object> answers, List<Material> catalogMaterials, List<String> catalogRules, LocalDate today) {

    /** Copies the lists and the answers. */
    public ItemContext {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        catalogMaterials = List.copyOf(catalogMaterials);
        catalogRules = List.copyOf(catalogRules);
    }
}
