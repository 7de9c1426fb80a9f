package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.TimeLimit.Kind;
import io.renshe.catalog.api.time.TimeLimit.Unit;
import io.renshe.catalog.api.time.TimeLimitParser;

class TimeLimitParserTest {

    private final TimeLimitParser parser = new ChineseTimeLimitParser();

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            十五个工作日            | WORKING_DAYS | 15   | WORKING_DAY
            二十个工作日内办结        | WORKING_DAYS | 20   | WORKING_DAY
            四十五个工作日           | WORKING_DAYS | 45   | WORKING_DAY
            一个工作日              | WORKING_DAYS | 1    | WORKING_DAY
            两个月                 | MONTHS       | 2    | MONTH
            三十日                 | NATURAL_DAYS | 30   | NATURAL_DAY
            一百零五日              | NATURAL_DAYS | 105  | NATURAL_DAY
            十日内                 | NATURAL_DAYS | 10   | NATURAL_DAY
            １５个工作日             | WORKING_DAYS | 15   | WORKING_DAY
            15工作日               | WORKING_DAYS | 15   | WORKING_DAY
            15 个 工作日           | WORKING_DAYS | 15   | WORKING_DAY
            30天                  | NATURAL_DAYS | 30   | NATURAL_DAY
            15个自然日             | NATURAL_DAYS | 15   | NATURAL_DAY
            3个月内               | MONTHS       | 3    | MONTH
            不超过60日             | NATURAL_DAYS | 60   | NATURAL_DAY
            9999个工作日           | WORKING_DAYS | 9999 | WORKING_DAY
            立等可取               | IMMEDIATE    | 0    |
            “立等可取”             | IMMEDIATE    | 0    |
            当场办结               | IMMEDIATE    | 0    |
            即办件                 | IMMEDIATE    | 0    |
            即时办结。              | IMMEDIATE    | 0    |
            无。                   | NONE         |      |
            15个工作日（不含公示时间） | RULE        | 15   | WORKING_DAY
            每月1至15日申请的，次月生效 | RULE         |      |
            3个月或20个工作日        | RULE         | 3    | MONTH
            次月10个工作日内办结      | RULE         | 10   | WORKING_DAY
            每年3月31日前办结         | RULE         |      |
            """)
    void readsOtherForms(String text, Kind kind, Integer amount, Unit unit) {
        assertEquals(new TimeLimit(text, kind, amount, unit), parser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "15", "abc", "15 days", "15个工做日", "尽快", "个工作日", "若干工作日内办结",
        "0个工作日", "10000个工作日", "五五个工作日", "十十日", "12345678901个工作日"})
    void rejectsWhatItCannotRead(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(text));
        assertTrue(e.getMessage().contains("time limit"), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertEquals("time limit is missing",
                assertThrows(IllegalArgumentException.class, () -> parser.parse(null)).getMessage());
    }

    @Test
    void namesTheReason() {
        assertEquals("cannot read time limit \"个工作日\": no number before \"工作日\" (expected 即办, N个工作日, N日, "
                + "N个月, 无, 未提速, 未办理, or a sentence stating a rule)",
                assertThrows(IllegalArgumentException.class, () -> parser.parse("个工作日")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parser.parse("0个工作日")).getMessage()
                .contains("write 即办 for the same day"));
    }

    @Test
    void keepsTheTextExactly() {
        String text = " 自受理材 料起15个 工作日内 办结 ";
        assertEquals(text, parser.parse(text).text());
    }

    @Test
    void notAcceleratedMeansTheLimitBefore() {
        TimeLimit before = parser.parse("7个工作日");
        assertSame(before, parser.parse("未提速").effective(before));
        TimeLimit after = parser.parse("5个工作日");
        assertSame(after, after.effective(before));
        assertFalse(parser.parse("未提速").computable());
        assertTrue(parser.parse("即办").computable());
    }
}
