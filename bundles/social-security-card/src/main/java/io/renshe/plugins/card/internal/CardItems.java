package io.renshe.plugins.card.internal;

import java.util.List;

/**
 * The 8 items of 我要办理社会保障卡 (四、联办事项 of 黄人社秘〔2023〕150号), by their ids in the core catalogue: the national
 * code where the catalogue has one, else the canonical name.
 */
final class CardItems {

    /** 社会保障卡申领. */
    static final String APPLY = "1.10.1";
    /** 社会保障卡补领换领换发 (catalogue: 社会保障卡补领、换领、换发). */
    static final String REPLACE = "1.10.7";
    /** 社会保障卡启用 (catalogue: 社会保障卡启用（含社会保障卡银行账户激活）). */
    static final String ACTIVATE = "1.10.2";
    /** 社会保障卡挂失解挂 (catalogue: 社会保障卡挂失与解挂). */
    static final String LOSS = "1.10.6";
    /** 社会保障卡注销. */
    static final String CANCEL = "1.10.8";
    /** 社会保障卡信息变更 (no national code). */
    static final String CHANGE = "社会保障卡信息变更";
    /** 社会保障卡应用状态查询 (no national code). */
    static final String QUERY = "社会保障卡应用状态查询";
    /** 养老保险待遇发放账号维护申请 (catalogue: 养老保险待遇发放账户维护申请). */
    static final String PENSION_ACCOUNT = "1.2.3";

    static final List<String> ALL = List.of(APPLY, REPLACE, ACTIVATE, LOSS, CANCEL, CHANGE, QUERY, PENSION_ACCOUNT);

    /** The answer of 挂失解挂 that reports a card lost. */
    static final String REPORT_LOST = "挂失";
    /** The answer of 挂失解挂 that lifts the report. */
    static final String FOUND = "解挂";

    private CardItems() {
    }
}
