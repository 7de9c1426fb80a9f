package io.renshe.catalog.api;

import java.util.List;

/**
 * A unit of a jurisdiction (科室、中心、股) or a department outside the bureau.
 *
 * @param name the name as the documents write it, unique in its jurisdiction
 * @param aliases other spellings of the same unit
 * @param type {@code section}, {@code center}, {@code office}, {@code agency} or {@code external}
 * @param department for a unit outside the bureau, the department it belongs to; else {@code null}
 */
public record Unit(String name, List<String> aliases, String type, String department) {
    public Unit {
        aliases = List.copyOf(aliases);
    }
}
