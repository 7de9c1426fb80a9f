package io.renshe.plugins.card.internal;

import static io.renshe.plugins.card.internal.CardItems.ACTIVATE;
import static io.renshe.plugins.card.internal.CardItems.APPLY;
import static io.renshe.plugins.card.internal.CardItems.CANCEL;
import static io.renshe.plugins.card.internal.CardItems.CHANGE;
import static io.renshe.plugins.card.internal.CardItems.LOSS;
import static io.renshe.plugins.card.internal.CardItems.PENSION_ACCOUNT;
import static io.renshe.plugins.card.internal.CardItems.QUERY;
import static io.renshe.plugins.card.internal.CardItems.REPLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.application.card.Card;
import io.renshe.catalog.application.card.CardState;
import io.renshe.catalog.application.spi.Refusal;

/** Each pre-check rule of the card items, on each state of the card, and every reason at once. */
class CardRulesTest {

    private static final Optional<Card> NONE = Optional.empty();

    private static Optional<Card> card(CardState state) {
        return Optional.of(new Card(state, Instant.parse("2024-01-02T03:04:05Z"), null));
    }

    private static List<String> codes(Optional<Card> card, List<String> items, Map<String, Map<String, Object>> answers) {
        return CardRules.precheck(card, items, answers).stream().map(r -> r.item() + " " + r.code()).toList();
    }

    private static List<String> codes(Optional<Card> card, String... items) {
        return codes(card, List.of(items), Map.of());
    }

    private static Map<String, Map<String, Object>> action(String action) {
        return Map.of(LOSS, Map.of("action", action));
    }

    @Test
    void noSecondCardWhileOneExists() {
        assertEquals(List.of(), codes(NONE, APPLY), "a person without a record has no card");
        assertEquals(List.of(), codes(card(CardState.CANCELLED), APPLY));
        for (CardState state : List.of(CardState.APPLIED, CardState.ISSUED, CardState.ACTIVE, CardState.LOST)) {
            assertEquals(List.of(APPLY + " card-exists"), codes(card(state), APPLY), state.name());
        }
        assertEquals(List.of(APPLY + " conflicting-items", REPLACE + " no-card"), codes(NONE, APPLY, REPLACE));
    }

    @Test
    void replacementNeedsACardThatWasIssued() {
        assertEquals(List.of(REPLACE + " no-card"), codes(NONE, REPLACE));
        assertEquals(List.of(REPLACE + " no-card"), codes(card(CardState.CANCELLED), REPLACE));
        assertEquals(List.of(REPLACE + " card-not-issued"), codes(card(CardState.APPLIED), REPLACE));
        for (CardState state : List.of(CardState.ISSUED, CardState.ACTIVE, CardState.LOST)) {
            assertEquals(List.of(), codes(card(state), REPLACE), state.name());
        }
    }

    @Test
    void noActivationOfACardNotYetIssued() {
        assertEquals(List.of(ACTIVATE + " no-card"), codes(NONE, ACTIVATE));
        assertEquals(List.of(ACTIVATE + " card-not-issued"), codes(card(CardState.APPLIED), ACTIVATE));
        assertEquals(List.of(), codes(card(CardState.ISSUED), ACTIVATE));
        assertEquals(List.of(ACTIVATE + " card-already-active"), codes(card(CardState.ACTIVE), ACTIVATE));
        assertEquals(List.of(ACTIVATE + " card-lost"), codes(card(CardState.LOST), ACTIVATE));
        assertEquals(List.of(ACTIVATE + " card-cancelled"), codes(card(CardState.CANCELLED), ACTIVATE));
    }

    @Test
    void reportLostAndFound() {
        assertEquals(List.of(LOSS + " no-card"), codes(NONE, List.of(LOSS), action("挂失")));
        assertEquals(List.of(), codes(card(CardState.ACTIVE), List.of(LOSS), action("挂失")));
        assertEquals(List.of(), codes(card(CardState.ISSUED), List.of(LOSS), action("挂失")));
        assertEquals(List.of(LOSS + " card-already-lost"), codes(card(CardState.LOST), List.of(LOSS), action("挂失")));
        assertEquals(List.of(LOSS + " card-not-issued"), codes(card(CardState.APPLIED), List.of(LOSS), action("挂失")));
        assertEquals(List.of(), codes(card(CardState.LOST), List.of(LOSS), action("解挂")));
        // no 解挂 of a card that is not lost
        for (CardState state : List.of(CardState.APPLIED, CardState.ISSUED, CardState.ACTIVE)) {
            assertEquals(List.of(LOSS + " card-not-lost"), codes(card(state), List.of(LOSS), action("解挂")), state.name());
        }
        assertEquals(List.of(LOSS + " card-cancelled"), codes(card(CardState.CANCELLED), List.of(LOSS), action("解挂")));
        assertEquals(List.of(), codes(card(CardState.ACTIVE), List.of(LOSS), Map.of()),
                "without an answer the form's schema refuses it, not the state");
    }

    @Test
    void noCancellationOfACardAlreadyCancelled() {
        assertEquals(List.of(CANCEL + " no-card"), codes(NONE, CANCEL));
        assertEquals(List.of(CANCEL + " card-already-cancelled"), codes(card(CardState.CANCELLED), CANCEL));
        for (CardState state : List.of(CardState.APPLIED, CardState.ISSUED, CardState.ACTIVE, CardState.LOST)) {
            assertEquals(List.of(), codes(card(state), CANCEL), state.name());
        }
    }

    @Test
    void informationChangeNeedsACard() {
        assertEquals(List.of(CHANGE + " no-card"), codes(NONE, CHANGE));
        assertEquals(List.of(CHANGE + " card-cancelled"), codes(card(CardState.CANCELLED), CHANGE));
        assertEquals(List.of(), codes(card(CardState.ACTIVE), CHANGE));
        assertEquals(List.of(), codes(NONE, QUERY), "anybody may ask the state of their card");
    }

    @Test
    void thePensionAccountGoesToAnActiveCardOrOneActivatedWithIt() {
        assertEquals(List.of(), codes(card(CardState.ACTIVE), PENSION_ACCOUNT));
        assertEquals(List.of(PENSION_ACCOUNT + " card-not-active"), codes(card(CardState.ISSUED), PENSION_ACCOUNT));
        assertEquals(List.of(), codes(card(CardState.ISSUED), ACTIVATE, PENSION_ACCOUNT));
        assertEquals(List.of(PENSION_ACCOUNT + " no-card"), codes(NONE, PENSION_ACCOUNT));
        assertEquals(List.of(PENSION_ACCOUNT + " card-not-issued"), codes(card(CardState.APPLIED), PENSION_ACCOUNT));
        assertEquals(List.of(PENSION_ACCOUNT + " card-lost"), codes(card(CardState.LOST), PENSION_ACCOUNT));
        assertEquals(List.of(PENSION_ACCOUNT + " card-cancelled"), codes(card(CardState.CANCELLED), PENSION_ACCOUNT));
    }

    @Test
    void everyReasonAtOnce() {
        List<Refusal> refusals = CardRules.precheck(card(CardState.CANCELLED),
                List.of(APPLY, ACTIVATE, LOSS, CANCEL, CHANGE, QUERY, PENSION_ACCOUNT, "2.4.2"), action("解挂"));
        assertEquals(List.of(ACTIVATE + " card-cancelled", LOSS + " card-cancelled", CANCEL + " card-already-cancelled",
                CHANGE + " card-cancelled", PENSION_ACCOUNT + " card-cancelled"),
                refusals.stream().map(r -> r.item() + " " + r.code()).toList());
        assertEquals("社会保障卡已注销，不能再次注销", refusals.get(2).message());
    }
}
