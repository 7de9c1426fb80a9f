package io.renshe.plugins.card.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.TaskState;
import io.renshe.catalog.application.card.Card;
import io.renshe.catalog.application.card.CardRegister;
import io.renshe.catalog.application.card.CardState;
import io.renshe.catalog.application.spi.Decision;
import io.renshe.catalog.application.spi.ItemContext;
import io.renshe.catalog.application.spi.Precheck;

/** The plug-in as the platform calls it: forms, pre-check through a register, result rules, decisions kept. */
class SocialSecurityCardPluginTest {

    private static final Applicant LI = new Applicant("李华", "341002198503121233", "13800001234", "黄山市屯溪区");

    /** A register in memory, as a provincial system would answer. */
    static final class MemoryRegister implements CardRegister {
        final Map<String, Card> cards = new ConcurrentHashMap<>();
        final List<String> recorded = new ArrayList<>();

        @Override
        public Optional<Card> card(String idNumber) {
            return Optional.ofNullable(cards.get(idNumber));
        }

        @Override
        public void record(String idNumber, CardState state, Instant at, String reason) {
            cards.put(idNumber, new Card(state, at, reason));
            recorded.add(state + " " + reason);
        }
    }

    private final MemoryRegister register = new MemoryRegister();

    private SocialSecurityCardPlugin plugin(String after15) {
        SocialSecurityCardPlugin plugin = new SocialSecurityCardPlugin(new CardPluginConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CardPluginConfiguration.class;
            }

            @Override
            public String pension_account_after15_effective() {
                return after15;
            }
        });
        plugin.register = register;
        return plugin;
    }

    private static Decision decision(String item, TaskState state, Map<String, Object> answers) {
        return new Decision("341000-20240927-000001", 7, item, state, LI, answers, LocalDate.of(2024, 9, 29));
    }

    @Test
    void everyItemHasAnObjectForm() {
        SocialSecurityCardPlugin plugin = plugin(null);
        for (String item : CardItems.ALL) {
            String form = plugin.form(item);
            assertTrue(form.startsWith("{") && form.contains("\"type\":\"object\"")
                    && form.contains("\"additionalProperties\":false"), item + ": " + form);
        }
        assertTrue(plugin.form(CardItems.LOSS).contains("\"required\":[\"action\"]"));
        assertThrows(IllegalArgumentException.class, () -> plugin.form("2.4.2"));
    }

    @Test
    void thePrecheckAsksTheRegister() {
        SocialSecurityCardPlugin plugin = plugin(null);
        Precheck precheck = new Precheck("341000", "card-one-thing-1", LI, List.of(CardItems.ACTIVATE), Map.of(),
                LocalDate.of(2024, 9, 27));
        assertEquals("no-card", plugin.precheck(precheck).get(0).code());
        register.cards.put(LI.idNumber(), new Card(CardState.ISSUED, Instant.EPOCH, null));
        assertEquals(List.of(), plugin.precheck(precheck));
    }

    @Test
    void theResultRuleFollowsTheSetting() {
        ItemContext on16th = new ItemContext("341000", null, CardItems.PENSION_ACCOUNT, "养老保险待遇发放账号维护申请", LI,
                Map.of(), List.of(), List.of(), LocalDate.of(2024, 9, 16));
        assertEquals("setting-missing", plugin(null).results(on16th).get(0).rule());
        assertEquals("2024-10", plugin("next-month").results(on16th).get(0).values().get("firstPaymentToNewAccount"));
        assertEquals(List.of(), plugin(null).results(new ItemContext("341000", null, CardItems.APPLY, "社会保障卡申领", LI,
                Map.of(), List.of(), List.of(), LocalDate.of(2024, 9, 16))));
    }

    @Test
    void decisionsKeepTheRegisterUpToDate() {
        SocialSecurityCardPlugin plugin = plugin(null);
        plugin.decided(decision(CardItems.APPLY, TaskState.APPROVED, Map.of()));
        assertEquals(CardState.APPLIED, register.cards.get(LI.idNumber()).state());
        plugin.decided(decision(CardItems.APPLY, TaskState.DELIVERED, Map.of()));
        assertEquals(CardState.ISSUED, register.cards.get(LI.idNumber()).state());
        plugin.decided(decision(CardItems.ACTIVATE, TaskState.APPROVED, Map.of()));
        assertEquals(CardState.ACTIVE, register.cards.get(LI.idNumber()).state());
        plugin.decided(decision(CardItems.LOSS, TaskState.APPROVED, Map.of("action", "挂失")));
        assertEquals(CardState.LOST, register.cards.get(LI.idNumber()).state());
        plugin.decided(decision(CardItems.LOSS, TaskState.APPROVED, Map.of("action", "解挂")));
        assertEquals(CardState.ACTIVE, register.cards.get(LI.idNumber()).state());
        plugin.decided(decision(CardItems.CANCEL, TaskState.REFUSED, Map.of()));
        plugin.decided(decision(CardItems.CHANGE, TaskState.APPROVED, Map.of("changes", "联系地址")));
        assertEquals(CardState.ACTIVE, register.cards.get(LI.idNumber()).state(), "a refusal and a change change nothing");
        plugin.decided(decision(CardItems.CANCEL, TaskState.APPROVED, Map.of()));
        assertEquals(CardState.CANCELLED, register.cards.get(LI.idNumber()).state());
        assertEquals(Instant.parse("2024-09-28T16:00:00Z"), register.cards.get(LI.idNumber()).since(),
                "the day of the decision, Beijing time");
        assertEquals("CANCELLED 1.10.8 approved 341000-20240927-000001", register.recorded.get(register.recorded.size() - 1));
    }
}
