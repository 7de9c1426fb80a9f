package io.renshe.plugins.card.internal;

import static io.renshe.plugins.card.internal.CardItems.ACTIVATE;
import static io.renshe.plugins.card.internal.CardItems.APPLY;
import static io.renshe.plugins.card.internal.CardItems.CANCEL;
import static io.renshe.plugins.card.internal.CardItems.CHANGE;
import static io.renshe.plugins.card.internal.CardItems.FOUND;
import static io.renshe.plugins.card.internal.CardItems.LOSS;
import static io.renshe.plugins.card.internal.CardItems.PENSION_ACCOUNT;
import static io.renshe.plugins.card.internal.CardItems.REPLACE;
import static io.renshe.plugins.card.internal.CardItems.REPORT_LOST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.renshe.catalog.application.card.Card;
import io.renshe.catalog.application.card.CardState;
import io.renshe.catalog.application.spi.Refusal;

/**
 * The eligibility pre-check of the card items (条件预判): the applicant's card as the register knows it against every
 * item chosen, every reason at once. A person the register has no record of has no card.
 */
final class CardRules {

    private CardRules() {
    }

    /**
     * Every reason for refusal.
     *
     * @param card the applicant's card, empty when the register has none
     * @param chosen every chosen item's id (the card items among them are checked)
     * @param answers the answers by item id
     */
    static List<Refusal> precheck(Optional<Card> card, List<String> chosen, Map<String, Map<String, Object>> answers) {
        CardState state = card.map(Card::state).orElse(null);
        List<Refusal> refusals = new ArrayList<>();
        for (String item : chosen) {
            switch (item) {
                case APPLY -> {
                    if (state != null && state != CardState.CANCELLED) {
                        refusals.add(new Refusal(item, "card-exists", "已有社会保障卡（" + label(state)
                                + "），不能再申领：每人只能持有一张社会保障卡；卡片遗失、损坏或到期请办理社会保障卡补领换领换发"));
                    }
                    if (chosen.contains(REPLACE)) {
                        refusals.add(new Refusal(item, "conflicting-items",
                                "社会保障卡申领与社会保障卡补领换领换发不能同时办理：没有卡的申领，已有卡的补领换领换发"));
                    }
                }
                case REPLACE -> {
                    if (state == null || state == CardState.CANCELLED) {
                        refusals.add(noCard(item, "没有可补领、换领或换发的社会保障卡：请办理社会保障卡申领"));
                    } else if (state == CardState.APPLIED) {
                        refusals.add(new Refusal(item, "card-not-issued", "社会保障卡正在制作，尚未发放，不能补领换领换发"));
                    }
                }
                case ACTIVATE -> {
                    if (state == null) {
                        refusals.add(noCard(item, "没有社会保障卡，不能启用：请先办理社会保障卡申领"));
                    } else {
                        switch (state) {
                            case APPLIED -> refusals.add(new Refusal(item, "card-not-issued",
                                    "社会保障卡尚未发放（制卡中），不能启用：领卡后再办理启用"));
                            case ACTIVE -> refusals.add(new Refusal(item, "card-already-active", "社会保障卡已启用，无需再次启用"));
                            case LOST -> refusals.add(new Refusal(item, "card-lost", "社会保障卡已挂失，不能启用：请先解挂或补领"));
                            case CANCELLED -> refusals.add(cancelled(item));
                            case ISSUED -> {
                                // the one state a card is activated from
                            }
                        }
                    }
                }
                case LOSS -> {
                    Object action = answers.getOrDefault(item, Map.of()).get("action");
                    if (state == null) {
                        refusals.add(noCard(item, "没有社会保障卡，不能挂失或解挂"));
                    } else if (state == CardState.CANCELLED) {
                        refusals.add(cancelled(item));
                    } else if (REPORT_LOST.equals(action)) {
                        if (state == CardState.APPLIED) {
                            refusals.add(new Refusal(item, "card-not-issued", "社会保障卡尚未发放（制卡中），不能挂失"));
                        } else if (state == CardState.LOST) {
                            refusals.add(new Refusal(item, "card-already-lost", "社会保障卡已挂失，无需再次挂失"));
                        }
                    } else if (FOUND.equals(action) && state != CardState.LOST) {
                        refusals.add(new Refusal(item, "card-not-lost", "社会保障卡未挂失（" + label(state) + "），不能解挂"));
                    }
                }
                case CANCEL -> {
                    if (state == null) {
                        refusals.add(noCard(item, "没有社会保障卡，无需注销"));
                    } else if (state == CardState.CANCELLED) {
                        refusals.add(new Refusal(item, "card-already-cancelled", "社会保障卡已注销，不能再次注销"));
                    }
                }
                case CHANGE -> {
                    if (state == null) {
                        refusals.add(noCard(item, "没有社会保障卡，不能变更卡的信息"));
                    } else if (state == CardState.CANCELLED) {
                        refusals.add(cancelled(item));
                    }
                }
                case PENSION_ACCOUNT -> {
                    if (state == null) {
                        refusals.add(noCard(item, "没有社会保障卡，不能把待遇发放账号变更到社会保障卡"));
                    } else {
                        switch (state) {
                            case APPLIED -> refusals.add(new Refusal(item, "card-not-issued",
                                    "社会保障卡尚未发放（制卡中），不能用于待遇发放"));
                            case ISSUED -> {
                                if (!chosen.contains(ACTIVATE)) {
                                    refusals.add(new Refusal(item, "card-not-active", "社会保障卡尚未启用（含银行账户激活），"
                                            + "不能用于待遇发放：请同时选择社会保障卡启用，或启用后再办理"));
                                }
                            }
                            case LOST -> refusals.add(new Refusal(item, "card-lost", "社会保障卡已挂失，不能用于待遇发放"));
                            case CANCELLED -> refusals.add(cancelled(item));
                            case ACTIVE -> {
                                // an active card receives payments
                            }
                        }
                    }
                }
                default -> {
                    // 社会保障卡应用状态查询 and items of other plug-ins: no rule here
                }
            }
        }
        return refusals;
    }

    private static Refusal noCard(String item, String message) {
        return new Refusal(item, "no-card", message);
    }

    private static Refusal cancelled(String item) {
        return new Refusal(item, "card-cancelled", "社会保障卡已注销");
    }

    /** The state of a card in words. */
    static String label(CardState state) {
        return switch (state) {
            case APPLIED -> "已申领，制卡中";
            case ISSUED -> "已发放，未启用";
            case ACTIVE -> "正常使用";
            case LOST -> "已挂失";
            case CANCELLED -> "已注销";
        };
    }
}
