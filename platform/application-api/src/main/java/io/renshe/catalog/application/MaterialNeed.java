package io.renshe.catalog.application;

import java.util.List;

/**
 * A material an application needs, asked for once however many of its items need it (存在重复申报资料的，仅需提交一份).
 *
 * @param name the material's name, the name to submit it under
 * @param required {@code true} for 必需, {@code false} for 依申请
 * @param note a note as written ({@code 代办需提供双方身份证件}), or {@code null}
 * @param items the items that need it
 */
public record MaterialNeed(String name, boolean required, String note, List<String> items) {

    /** Copies {@code items}. */
    public MaterialNeed {
        items = List.copyOf(items);
    }
}
