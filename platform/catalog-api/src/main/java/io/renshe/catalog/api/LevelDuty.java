package io.renshe.catalog.api;

/**
 * What one handling level must do for an item.
 *
 * @param level the level
 * @param duty the duty text as written
 * @param role {@code accept}, {@code review}, {@code approve} or {@code deliver}, or {@code null}
 */
public record LevelDuty(HandlingLevel level, String duty, String role) {
}
