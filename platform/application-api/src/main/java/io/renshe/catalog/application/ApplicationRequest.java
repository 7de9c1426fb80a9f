package io.renshe.catalog.application;

import java.util.List;
import java.util.Map;

/**
 * What an applicant submits: {@code POST /api/applications}.
 *
 * @param jurisdiction the jurisdiction applied to ({@code 341000})
 * @param oneThing the one-thing applied for (its id, {@code card-one-thing-1}), or {@code null} for single items
 * @param items the chosen items, by code, name or alias ({@code 1.10.1}); for a one-thing a subset of its items (选择联办)
 * @param applicant the applicant
 * @param commitment whether the applicant accepted the commitment (承诺勾选); an application without it is refused
 * @param answers the answers of each item's form, by item (as given in {@code items}); an item without a form takes
 *        none
 * @param materials the materials submitted; a material several items need is submitted once
 */
public record ApplicationRequest(String jurisdiction, String oneThing, List<String> items, Applicant applicant,
        boolean commitment, Map<String, Map<String, Object>> answers, List<MaterialUpload> materials) {

    /** Copies the lists and maps; {@code null} ones become empty. */
    public ApplicationRequest {
        items = items == null ? List.of() : List.copyOf(items);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
