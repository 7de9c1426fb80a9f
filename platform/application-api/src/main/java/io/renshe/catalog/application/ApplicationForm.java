package io.renshe.catalog.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What an applicant fills in for a one-thing or single items: each item's form, and the materials of all of them,
 * each asked for once.
 *
 * @param jurisdiction the jurisdiction
 * @param oneThing the one-thing's id, or {@code null}
 * @param oneThingName its name, or {@code null}
 * @param commitment the commitment to accept (承诺), as the one-thing writes it, or {@code null} when it writes none
 * @param rules the one-thing's rules as written
 * @param today the day the due dates of the items' clocks are counted from (accepted today)
 * @param items each chosen item's form
 * @param materials the materials of all chosen items, each once
 */
public record ApplicationForm(String jurisdiction, String oneThing, String oneThingName, String commitment,
        List<String> rules, LocalDate today, List<ItemForm> items, List<MaterialNeed> materials) {

    /** Copies the lists. */
    public ApplicationForm {
        rules = List.copyOf(rules);
        items = List.copyOf(items);
        materials = List.copyOf(materials);
    }
}
