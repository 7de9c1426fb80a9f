package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.TimeLimit.Kind;
import io.renshe.catalog.api.time.TimeLimit.Unit;
import io.renshe.catalog.api.time.TimeLimitParser;

/**
 * Every distinct time-limit text of the four source documents, typed here with its meaning. Texts that the PDF wraps
 * inside a table cell are listed both as printed (with the wrapping spaces) and as a catalog writes them.
 */
class TimeLimitSeedTextsTest {

    private final TimeLimitParser parser = new ChineseTimeLimitParser();

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # 000 黄人社秘〔2022〕334号, annex 7 全市通办, 办结时限
            即办                                   | IMMEDIATE      | 0  |
            15个工作日                              | WORKING_DAYS   | 15 | WORKING_DAY
            即时办结                                | IMMEDIATE      | 0  |
            # 002 黄人社秘〔2023〕150号, application form, 办理时限 per item, and the flow (1个工作日内将受理结果反馈至平台)
            1个工作日                               | WORKING_DAYS   | 1  | WORKING_DAY
            1个工作日内                             | WORKING_DAYS   | 1  | WORKING_DAY
            # 003 白银区, annex 1, 办理时限 of the ten bundles, as printed and as written
            自受理材 料起15个 工作日内 办结           | WORKING_DAYS   | 15 | WORKING_DAY
            自受理材料起15个工作日内办结              | WORKING_DAYS   | 15 | WORKING_DAY
            自受理材 料起20个 工作日内 办结。         | WORKING_DAYS   | 20 | WORKING_DAY
            自受理材料起20个工作日内办结。            | WORKING_DAYS   | 20 | WORKING_DAY
            # 003 annex 2 提速办, 当前规定的办结时限 (before)
            无                                     | NONE           |    |
            45个工作日                              | WORKING_DAYS   | 45 | WORKING_DAY
            由社保股受理工伤认定申请，按规定向上级部门提交相关申请材料。 | RULE |  |
            自受理失业人员领取失业保险金申请之日起10日内，对申领者的资格进行审核认定。 | NATURAL_DAYS | 10 | NATURAL_DAY
            自企业申请到审核通过，最长不得超过3个月     | MONTHS         | 3  | MONTH
            批量制发30个工作日；零星制 发5个工作日。    | RULE           | 30 | WORKING_DAY
            批量制发30个工作日；零星制发5个工作日。     | RULE           | 30 | WORKING_DAY
            7个工作日                               | WORKING_DAYS   | 7  | WORKING_DAY
            10个工作日                              | WORKING_DAYS   | 10 | WORKING_DAY
            # 003 annex 2 提速办, 提速后办结时限 (after)
            未提速                                  | NOT_ACCELERATED |   |
            20个工作日                              | WORKING_DAYS   | 20 | WORKING_DAY
            批量制发30个工作日；5月底全面实现零星制发卡群众补换卡“立等可取” | RULE | 30 | WORKING_DAY
            5个工作日                               | WORKING_DAYS   | 5  | WORKING_DAY
            提速后15个工作日内办结。                   | WORKING_DAYS   | 15 | WORKING_DAY
            未办理                                  | NOT_OFFERED    |    |
            办理高校毕业生档案接转手续时，对符合条件的即时办结。 | RULE  | 0  |
            按季度发放，季后10个工作日内办结。          | RULE           | 10 | WORKING_DAY
            自收到上级部门审核批复后5个工作日内办结。    | RULE           | 5  | WORKING_DAY
            事业单位聘用高层次和急需紧缺人才，公开招聘方案在5个工作日内备案；事业单位聘用非高层次、非急需紧缺人才，公开招聘方案备案在5个工作日内完成。 | RULE | 5 | WORKING_DAY
            事业单位聘用高层次和急需紧缺人才，聘用结果备案在5 个工作日内完成；事业单位聘用非高层次、非急需紧缺人才聘用结果备案在5个工作日内完成。 | RULE | 5 | WORKING_DAY
            """)
    void everySeedTextParsesToItsMeaning(String text, Kind kind, Integer amount, Unit unit) {
        TimeLimit limit = parser.parse(text);
        assertEquals(new TimeLimit(text, kind, amount, unit), limit);
    }
}
