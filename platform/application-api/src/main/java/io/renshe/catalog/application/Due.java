package io.renshe.catalog.application;

import java.time.LocalDate;

/**
 * Due dates on both clocks.
 *
 * @param statutory the statutory (法定) due date, or {@code null} when the limit has none (无, a rule without a
 *        computable part)
 * @param committed the committed (承诺) due date, or {@code null} likewise
 */
public record Due(LocalDate statutory, LocalDate committed) {
}
