package io.renshe.catalog.api;

/**
 * A required material (申请材料).
 *
 * @param name what to bring
 * @param required {@code true} for 必需, {@code false} for 依申请
 * @param note a note as written, or {@code null}
 */
public record Material(String name, boolean required, String note) {
}
