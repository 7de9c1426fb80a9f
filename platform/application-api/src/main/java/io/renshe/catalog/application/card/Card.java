package io.renshe.catalog.application.card;

import java.time.Instant;

/**
 * A person's current card as the register knows it.
 *
 * @param state its state
 * @param since when it came into this state
 * @param reason what brought it there ({@code 社会保障卡启用 341000-20240927-000017}), or {@code null}
 */
public record Card(CardState state, Instant since, String reason) {
}
