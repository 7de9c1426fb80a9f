package io.renshe.catalog.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.application.card.Card;
import io.renshe.catalog.application.card.CardState;

/** The card register in the platform database (real embedded Derby). */
class EmbeddedCardRegisterTest {

    @Test
    void keepsEachPersonsCurrentCard() throws Exception {
        try (Harness harness = new Harness(LocalDate.of(2024, 9, 27))) {
            EmbeddedCardRegister register = new EmbeddedCardRegister();
            assertThrows(ServiceUnavailableException.class, () -> register.card("62040219780715234X"));
            register.database = harness.database;
            assertEquals(Optional.empty(), register.card("62040219780715234X"), "no record, no card");
            Instant issued = Instant.parse("2024-09-27T02:00:00Z");
            register.record("62040219780715234x", CardState.ISSUED, issued, "1.10.1 delivered 620402-20240927-000001");
            assertEquals(Optional.of(new Card(CardState.ISSUED, issued, "1.10.1 delivered 620402-20240927-000001")),
                    register.card("62040219780715234X"), "an x is read as X");
            register.record("62040219780715234X", CardState.ISSUED, Instant.parse("2024-10-01T00:00:00Z"), "again");
            assertEquals(issued, register.card("62040219780715234X").orElseThrow().since(), "the same state changes nothing");
            register.record("62040219780715234X", CardState.ACTIVE, Instant.parse("2024-10-08T02:00:00Z"), "x".repeat(400));
            Card active = register.card("62040219780715234X").orElseThrow();
            assertEquals(CardState.ACTIVE, active.state());
            assertTrue(active.reason().length() == 300, "a long reason is cut");
            assertEquals(1, harness.count("CARD_REGISTER"));
        }
    }
}
