package io.renshe.plugins.card.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.application.ResultNote;

/**
 * The pension-account rule of 注2 (申请表（2023版） of 黄人社秘〔2023〕150号): a change chosen on the 1st to the 15th takes
 * effect for the next month's payment, this month's still going to the old card; the 16th onwards follows a setting
 * without default. Dates on both sides of the 15th, at month and year ends.
 */
class PensionAccountRuleTest {

    private static final String ITEM = CardItems.PENSION_ACCOUNT;

    private static ResultNote on(int year, int month, int day, String setting) {
        return PensionAccountRule.apply(ITEM, LocalDate.of(year, month, day), setting);
    }

    @Test
    void theFirstToTheFifteenthTakesEffectNextMonth() {
        ResultNote first = on(2024, 3, 1, null);
        assertEquals("chosen-1st-to-15th", first.rule());
        assertEquals(Map.of("chosenOn", "2024-03-01", "firstPaymentToNewAccount", "2024-04",
                "lastPaymentToOldAccount", "2024-03"), first.values());
        ResultNote fifteenth = on(2024, 3, 15, null);
        assertEquals("chosen-1st-to-15th", fifteenth.rule());
        assertEquals("2024-04", fifteenth.values().get("firstPaymentToNewAccount"));
        assertTrue(fifteenth.message().contains("新卡号自2024年4月起用于待遇发放，本月（2024年3月及以前）待遇仍打至原卡"),
                fifteenth.message());
        // December: next year's January
        ResultNote december = on(2024, 12, 15, "month-after-next");
        assertEquals("chosen-1st-to-15th", december.rule(), "the setting is for the 16th onwards only");
        assertEquals("2025-01", december.values().get("firstPaymentToNewAccount"));
        assertEquals("2024-12", december.values().get("lastPaymentToOldAccount"));
    }

    @Test
    void theSixteenthOnwardsIsASettingWithoutDefault() {
        ResultNote missing = on(2024, 3, 16, null);
        assertEquals("setting-missing", missing.rule());
        assertEquals(Map.of("chosenOn", "2024-03-16"), missing.values());
        assertTrue(missing.message().contains("pension.account.after15.effective 尚未配置"), missing.message());
        assertEquals("setting-missing", on(2024, 3, 31, " ").rule());
        assertEquals("setting-invalid", on(2024, 3, 31, "soon").rule());

        ResultNote next = on(2024, 3, 16, "next-month");
        assertEquals("chosen-16th-onwards", next.rule());
        assertEquals("2024-04", next.values().get("firstPaymentToNewAccount"));
        assertEquals("2024-03", next.values().get("lastPaymentToOldAccount"));
        // month end, year end
        assertEquals("2024-03", on(2024, 2, 29, "next-month").values().get("firstPaymentToNewAccount"));
        assertEquals("2025-01", on(2024, 12, 31, "next-month").values().get("firstPaymentToNewAccount"));
        ResultNote later = on(2024, 12, 31, "month-after-next");
        assertEquals("2025-02", later.values().get("firstPaymentToNewAccount"));
        assertEquals("2025-01", later.values().get("lastPaymentToOldAccount"));
        assertTrue(later.message().contains("此前（2025年1月及以前）待遇仍打至原卡"), later.message());
        ResultNote november = on(2024, 11, 30, "month-after-next");
        assertEquals("2025-01", november.values().get("firstPaymentToNewAccount"));
        assertEquals("2024-12", november.values().get("lastPaymentToOldAccount"));
    }
}
