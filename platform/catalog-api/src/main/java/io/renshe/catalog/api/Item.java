package io.renshe.catalog.api;

import java.util.List;

/**
 * A service item (服务事项): of the core catalogue, or local to a jurisdiction.
 *
 * @param id the national code where known, else the canonical name
 * @param code the national code (e.g. {@code 1.10.1}), or {@code null}
 * @param name the canonical name
 * @param aliases other names the documents use for the same item
 * @param category 业务办理类 or 查询、打印类, or {@code null}
 * @param applicants 个人, 法人, 单位
 * @param local {@code true} for an item that matches nothing in the core catalogue
 * @param jurisdiction for a local item, the jurisdiction that defines it; else {@code null}
 */
public record Item(String id, String code, String name, List<String> aliases, String category,
        List<String> applicants, boolean local, String jurisdiction) {
    public Item {
        aliases = List.copyOf(aliases);
        applicants = List.copyOf(applicants);
    }
}
