package io.renshe.catalog.api;

/**
 * A local non-working day of a jurisdiction.
 *
 * @param date {@code yyyy-MM-dd}
 * @param name why
 */
public record LocalDay(String date, String name) {
}
