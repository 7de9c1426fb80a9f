package io.renshe.catalog.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.renshe.catalog.api.time.CalendarDay;
import io.renshe.catalog.api.time.DayStatus;
import io.renshe.catalog.api.time.DayType;
import io.renshe.catalog.api.time.DueDate;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.WorkingDayCount;
import io.renshe.catalog.api.time.YearCalendar;

/**
 * Due dates across the holidays of 2022–2026, with the expected dates worked out by hand from the State Council
 * notices (国务院办公厅关于…部分节假日安排的通知), not from the data.
 */
class NationalCalendarTest {

    private static final String HUANGSHAN = "341000";

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Spring Festival 2024: 2/10–2/17 off; Sunday 2/4 and Sunday 2/18 working
            2024-02-08 | 1  | 2024-02-09
            2024-02-08 | 2  | 2024-02-18
            2024-02-08 | 3  | 2024-02-19
            2024-02-09 | 1  | 2024-02-18
            2024-02-02 | 1  | 2024-02-04
            2024-02-01 | 15 | 2024-02-27
            # National Day 2025: 10/1–10/8 off; Sunday 9/28 and Saturday 10/11 working
            2025-09-26 | 1  | 2025-09-28
            2025-09-30 | 1  | 2025-10-09
            2025-09-30 | 3  | 2025-10-11
            2025-09-30 | 4  | 2025-10-13
            2025-09-25 | 20 | 2025-10-29
            # Spring Festival 2023: 1/21–1/27 off; Saturday 1/28 and Sunday 1/29 working
            2023-01-20 | 1  | 2023-01-28
            2023-01-20 | 2  | 2023-01-29
            2023-01-20 | 3  | 2023-01-30
            # Mid-Autumn and National Day 2023: 9/29–10/6 off; Saturday 10/7 and Sunday 10/8 working
            2023-09-28 | 1  | 2023-10-07
            2023-09-28 | 2  | 2023-10-08
            2023-09-28 | 3  | 2023-10-09
            # New Year 2026: 1/1–1/3 off, Sunday 1/4 working (across the year boundary)
            2025-12-31 | 1  | 2026-01-04
            2025-12-31 | 2  | 2026-01-05
            # Spring Festival 2026: 2/15–2/23 off; Saturday 2/14 and Saturday 2/28 working
            2026-02-13 | 1  | 2026-02-14
            2026-02-13 | 2  | 2026-02-24
            2026-02-13 | 5  | 2026-02-27
            2026-02-13 | 6  | 2026-02-28
            2026-02-13 | 7  | 2026-03-02
            # National Day 2026: 10/1–10/7 off; Saturday 10/10 working
            2026-09-30 | 1  | 2026-10-08
            2026-09-30 | 3  | 2026-10-10
            # New Year 2023: 12/31/2022–1/2/2023 off, listed in the 2023 notice
            2022-12-30 | 1  | 2023-01-03
            # Spring Festival 2022: 1/31–2/6 off; Saturday 1/29 and Sunday 1/30 working
            2022-01-28 | 1  | 2022-01-29
            2022-01-28 | 3  | 2022-02-07
            # an acceptance on a holiday: day 0 is the holiday, day 1 the first working day after it
            2024-02-12 | 1  | 2024-02-18
            """)
    void workingDaysAfterTheAcceptanceDay(String from, int n, String due) {
        assertEquals(d(due), calendar.addWorkingDays(HUANGSHAN, d(from), n));
        assertEquals(d(due), calendar.due(HUANGSHAN, TestLimits.parse(n + "个工作日"), d(from)).orElseThrow());
        assertEquals(n, calendar.workingDaysBetween(HUANGSHAN, d(from), d(due)).workingDays());
    }

    @Test
    void aDueDateListsTheDaysItSkipped() {
        DueDate answer = calendar.dueDate(HUANGSHAN, TestLimits.parse("自受理材料起15个工作日内办结"), d("2024-02-01"));
        assertEquals("2024-02-27", answer.due());
        assertEquals("2024-02-01", answer.from());
        assertNull(answer.coverage());
        assertNull(answer.note());
        List<CalendarDay> skipped = answer.skipped();
        assertEquals(11, skipped.size());
        assertEquals(new CalendarDay("2024-02-03", false, DayType.WEEKEND, null), skipped.get(0));
        for (int i = 1; i <= 8; i++) {
            assertEquals(new CalendarDay("2024-02-" + String.format("%02d", 9 + i), false, DayType.HOLIDAY, "春节"),
                    skipped.get(i));
        }
        assertEquals("2024-02-24", skipped.get(9).date());
        assertEquals("2024-02-25", skipped.get(10).date());
    }

    @Test
    void saysWhyADayIsOrIsNotAWorkingDay() {
        assertEquals(new CalendarDay("2024-02-04", true, DayType.ADJUSTED_WORKING_DAY, "春节"),
                calendar.day(HUANGSHAN, d("2024-02-04")).day());
        assertEquals(new CalendarDay("2025-10-08", false, DayType.HOLIDAY, "国庆节、中秋节"),
                calendar.day(HUANGSHAN, d("2025-10-08")).day());
        assertEquals(new CalendarDay("2025-10-11", true, DayType.ADJUSTED_WORKING_DAY, "国庆节、中秋节"),
                calendar.day(HUANGSHAN, d("2025-10-11")).day());
        assertEquals(new CalendarDay("2025-10-12", false, DayType.WEEKEND, null),
                calendar.day(HUANGSHAN, d("2025-10-12")).day());
        assertEquals(new CalendarDay("2025-10-14", true, DayType.WORKDAY, null),
                calendar.day(HUANGSHAN, d("2025-10-14")).day());
        // a Saturday of 2022 that the 2023 notice made a holiday
        assertEquals(new CalendarDay("2022-12-31", false, DayType.HOLIDAY, "元旦"),
                calendar.day(HUANGSHAN, d("2022-12-31")).day());
        assertFalse(calendar.isWorkingDay(HUANGSHAN, d("2026-02-23")));
        assertTrue(calendar.isWorkingDay(HUANGSHAN, d("2026-02-28")));
        assertNull(calendar.day(HUANGSHAN, d("2026-02-28")).coverage());
    }

    @Test
    void immediateIsTheSameDayEvenOnAHoliday() {
        for (String text : List.of("即办", "即时办结", "立等可取")) {
            DueDate answer = calendar.dueDate(HUANGSHAN, TestLimits.parse(text), d("2024-02-10"));
            assertEquals("2024-02-10", answer.due());
            assertEquals(List.of(), answer.skipped());
        }
    }

    @Test
    void naturalDaysAndMonthsAsWritten() {
        TimeLimit tenDays = TestLimits.parse("自受理失业人员领取失业保险金申请之日起10日内，对申领者的资格进行审核认定。");
        DueDate answer = calendar.dueDate(HUANGSHAN, tenDays, d("2024-02-08"));
        assertEquals("2024-02-18", answer.due());
        assertEquals(List.of(), answer.skipped());
        TimeLimit threeMonths = TestLimits.parse("自企业申请到审核通过，最长不得超过3个月");
        assertEquals(d("2024-02-29"), calendar.due(HUANGSHAN, threeMonths, d("2023-11-30")).orElseThrow());
        assertEquals(d("2024-05-29"), calendar.due(HUANGSHAN, threeMonths, d("2024-02-29")).orElseThrow());
        TimeLimit oneMonth = TestLimits.parse("1个月");
        assertEquals(d("2024-02-29"), calendar.due(HUANGSHAN, oneMonth, d("2024-01-31")).orElseThrow());
        assertEquals(d("2025-02-28"), calendar.due(HUANGSHAN, oneMonth, d("2025-01-31")).orElseThrow());
        assertEquals(d("2025-01-30"), calendar.due(HUANGSHAN, TestLimits.parse("30天"), d("2024-12-31")).orElseThrow());
    }

    @Test
    void rulesAreComputedFromTheirComputablePart() {
        DueDate answer = calendar.dueDate(HUANGSHAN, TestLimits.parse("按季度发放，季后10个工作日内办结。"), d("2024-02-08"));
        assertEquals("2024-02-28", answer.due());
        assertNotNull(answer.note());
        assertTrue(answer.note().contains("10 working days"), answer.note());
        DueDate none = calendar.dueDate(HUANGSHAN, TestLimits.parse("由社保股受理工伤认定申请，按规定向上级部门提交相关申请材料。"),
                d("2024-02-08"));
        assertNull(none.due());
        assertTrue(none.note().contains("no part that can be computed"), none.note());
        assertEquals("2024-02-08", calendar.dueDate(HUANGSHAN,
                TestLimits.parse("办理高校毕业生档案接转手续时，对符合条件的即时办结。"), d("2024-02-08")).due());
    }

    @Test
    void limitsWithoutADueDate() {
        for (String text : List.of("无", "未提速", "未办理")) {
            DueDate answer = calendar.dueDate(HUANGSHAN, TestLimits.parse(text), d("2024-02-08"));
            assertNull(answer.due(), text);
            assertNotNull(answer.note(), text);
            assertTrue(calendar.due(HUANGSHAN, TestLimits.parse(text), d("2024-02-08")).isEmpty());
        }
    }

    @Test
    void countsWorkingDaysBetweenTwoDates() {
        WorkingDayCount count = calendar.workingDaysBetween(HUANGSHAN, d("2024-02-08"), d("2024-02-27"));
        assertEquals(9, count.workingDays());
        assertNull(count.coverage());
        assertEquals(-9, calendar.workingDaysBetween(HUANGSHAN, d("2024-02-27"), d("2024-02-08")).workingDays());
        assertEquals(0, calendar.workingDaysBetween(HUANGSHAN, d("2024-02-09"), d("2024-02-17")).workingDays());
    }

    @Test
    void aYearOfHolidays() {
        YearCalendar year = calendar.year(HUANGSHAN, 2024);
        assertNull(year.coverage());
        // 262 weekdays, 19 of them holidays, 8 working weekend days
        assertEquals(251, year.workingDays());
        assertEquals(8, year.adjustedWorkingDays().size());
        assertEquals(List.of("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
                "2024-09-29", "2024-10-12"), year.adjustedWorkingDays().stream().map(CalendarDay::date).toList());
        assertTrue(year.holidays().contains(new CalendarDay("2024-10-07", false, DayType.HOLIDAY, "国庆节")));
        assertTrue(year.sources().contains("https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm"));
        assertEquals(List.of(), year.problems());
        // 261 weekdays, 18 of them holidays, 5 working weekend days
        assertEquals(248, calendar.year(HUANGSHAN, 2025).workingDays());
        // 2022-12-31 comes from the 2023 notice
        YearCalendar y2022 = calendar.year(HUANGSHAN, 2022);
        assertEquals("2022-12-31", y2022.holidays().get(y2022.holidays().size() - 1).date());
    }

    @Test
    void outsideTheCoveredYearsOnlyWeekendsAndItSaysSo() {
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026), calendar.status().coveredYears());
        // 2030-10-01 is a Tuesday: without a notice it is a working day
        DueDate answer = calendar.dueDate(HUANGSHAN, TestLimits.parse("1个工作日"), d("2030-09-30"));
        assertEquals("2030-10-01", answer.due());
        assertNotNull(answer.coverage());
        assertTrue(answer.coverage().contains("2030"), answer.coverage());
        assertTrue(answer.coverage().contains("only weekends"), answer.coverage());
        assertTrue(answer.coverage().contains("2022–2026"), answer.coverage());
        DayStatus day = calendar.day(HUANGSHAN, d("2021-10-01"));
        assertEquals(new CalendarDay("2021-10-01", true, DayType.WORKDAY, null), day.day());
        assertNotNull(day.coverage());
        YearCalendar year = calendar.year(HUANGSHAN, 2030);
        assertNotNull(year.coverage());
        assertEquals(List.of(), year.holidays());
        assertEquals(261, year.workingDays());
        // across the end of the covered years: 2026-12-31 is a Thursday, 10 working days end on 2027-01-14
        DueDate across = calendar.dueDate(HUANGSHAN, TestLimits.parse("10个工作日"), d("2026-12-31"));
        assertEquals("2027-01-14", across.due());
        assertTrue(across.coverage().startsWith("national holidays and adjusted working days are not known for 2027 "),
                across.coverage());
        assertNotNull(calendar.workingDaysBetween(HUANGSHAN, d("2026-06-01"), d("2027-06-01")).coverage());
    }

    @Test
    void everySixDigitJurisdictionHasACalendar() {
        assertEquals(d("2024-02-18"), calendar.addWorkingDays("999999", d("2024-02-09"), 1));
        for (String bad : new String[] {null, "", "34100", "3410000", "34100a", "３４１０００"}) {
            assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(bad, d("2024-02-09"), 1));
            assertThrows(IllegalArgumentException.class, () -> calendar.year(bad, 2024));
        }
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(HUANGSHAN, d("2024-02-09"), -1));
    }

    @Test
    void aLargeNumberOfWorkingDays() {
        // 2000 working days from 2022-01-04 leave the covered years; the walk day by day agrees
        LocalDate from = d("2022-01-04");
        LocalDate walked = from;
        for (int left = 2000; left > 0;) {
            walked = walked.plusDays(1);
            if (calendar.isWorkingDay(HUANGSHAN, walked)) {
                left--;
            }
        }
        assertEquals(walked, calendar.addWorkingDays(HUANGSHAN, from, 2000));
    }
}
