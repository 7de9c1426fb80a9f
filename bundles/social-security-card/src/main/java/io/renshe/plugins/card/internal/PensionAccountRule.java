package io.renshe.plugins.card.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import io.renshe.catalog.application.ResultNote;

/**
 * When a changed pension account (养老保险待遇发放账号维护申请) takes effect. The document (注2 of the 申请表（2023版） of
 * 黄人社秘〔2023〕150号) states the case of the 1st to the 15th: “每月1至15日选择变更发放账号业务的，变更的新卡号将于次月生效用于待遇发放，
 * 本月待遇仍将打至原卡。” It says nothing of the 16th onwards: that case follows the setting
 * {@value #SETTING}, which has no default; while it is not set the answer says so.
 */
final class PensionAccountRule {

    /** The setting for a change chosen on the 16th or later. */
    static final String SETTING = "pension.account.after15.effective";
    /** The setting's value: the new account is used from the next month's payment, as for the 1st–15th. */
    static final String NEXT_MONTH = "next-month";
    /** The setting's value: the new account is used from the payment of the month after next. */
    static final String MONTH_AFTER_NEXT = "month-after-next";

    static final String DOCUMENT_RULE = "根据待遇发放业务流程，每月1至15日选择变更发放账号业务的，变更的新卡号将于次月生效用于待遇发放，本月待遇仍将打至原卡。";

    private PensionAccountRule() {
    }

    /**
     * What the rule says of a change chosen on a day.
     *
     * @param item the item's id
     * @param chosenOn the day the change is chosen (the submission day)
     * @param setting the value of {@value #SETTING}, or {@code null} when it is not set
     */
    static ResultNote apply(String item, LocalDate chosenOn, String setting) {
        YearMonth month = YearMonth.from(chosenOn);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("chosenOn", chosenOn.toString());
        if (chosenOn.getDayOfMonth() <= 15) {
            return effective(item, "chosen-1st-to-15th", values, month, month.plusMonths(1),
                    "每月1至15日选择变更发放账号的，新卡号次月生效（" + DOCUMENT_RULE + "）");
        }
        String value = setting == null ? "" : setting.strip();
        return switch (value) {
            case NEXT_MONTH -> effective(item, "chosen-16th-onwards", values, month, month.plusMonths(1),
                    "每月16日及以后选择变更发放账号的，按本地设置 " + SETTING + " = " + NEXT_MONTH + "：新卡号次月生效");
            case MONTH_AFTER_NEXT -> effective(item, "chosen-16th-onwards", values, month, month.plusMonths(2),
                    "每月16日及以后选择变更发放账号的，按本地设置 " + SETTING + " = " + MONTH_AFTER_NEXT + "：新卡号于次月之后的月份生效");
            case "" -> new ResultNote(item, "setting-missing", "本次于" + chosenOn + "（16日及以后）选择变更发放账号。文件只规定了"
                    + "每月1至15日选择变更的生效时间（" + DOCUMENT_RULE + "），未规定16日及以后的；平台设置 " + SETTING
                    + " 尚未配置，新卡号从哪个月起用于待遇发放须由经办机构确认", values);
            default -> new ResultNote(item, "setting-invalid", "本次于" + chosenOn + "（16日及以后）选择变更发放账号；平台设置 "
                    + SETTING + " 的值“" + value + "”无效（应为 " + NEXT_MONTH + " 或 " + MONTH_AFTER_NEXT
                    + "），新卡号从哪个月起用于待遇发放须由经办机构确认", values);
        };
    }

    private static ResultNote effective(String item, String rule, Map<String, String> values, YearMonth chosen,
            YearMonth first, String why) {
        values.put("firstPaymentToNewAccount", first.toString());
        values.put("lastPaymentToOldAccount", first.minusMonths(1).toString());
        String message = why + "：本次于" + values.get("chosenOn") + "选择变更，新卡号自" + first.getYear() + "年"
                + first.getMonthValue() + "月起用于待遇发放，" + (first.minusMonths(1).equals(chosen) ? "本月（" : "此前（")
                + first.minusMonths(1).getYear() + "年" + first.minusMonths(1).getMonthValue() + "月及以前）待遇仍打至原卡";
        return new ResultNote(item, rule, message, values);
    }
}
