package io.renshe.catalog.application.card;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The register of social security cards: a person's current card, by resident ID number. Implementations must not log
 * or put ID numbers in exception messages.
 */
@ConsumerType
public interface CardRegister {

    /**
     * The current card of a person.
     *
     * @param idNumber the 18-character resident ID number (an {@code x} is read as {@code X})
     * @return the card; empty for a person who has none (no record)
     */
    Optional<Card> card(String idNumber);

    /**
     * Records a decided change of a person's card (an approved 启用, 挂失 …). A register fed by another system may
     * ignore it. Idempotent: recording the same state again changes nothing.
     *
     * @param idNumber the resident ID number
     * @param state the card's new state
     * @param at when it was decided
     * @param reason what brought it ({@code 社会保障卡启用 341000-20240927-000017}); never personal data
     */
    void record(String idNumber, CardState state, Instant at, String reason);
}
