package io.renshe.catalog.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.calendar.internal.WorkingDayCalendar;

/**
 * The clocks on the real working-day calendar, across the Spring Festival and National Day with suspensions between.
 * Every expected date is typed by hand from the State Council's notices (国办发明电〔2023〕7号 for 2024:
 * 春节 2月10日至17日放假，2月4日（星期日）、2月18日（星期日）上班；中秋节 9月15日至17日放假，9月14日（星期六）上班；
 * 国庆节 10月1日至7日放假，9月29日（星期日）、10月12日（星期六）上班. 国办发明电〔2024〕12号 for 2025: 春节 1月28日至2月4日放假，
 * 1月26日（周日）、2月8日（周六）上班；国庆节、中秋节 10月1日至8日放假，9月28日（周日）、10月11日（周六）上班), never read
 * back from the holiday files.
 */
class ClocksTest {

    private static final String HUANGSHAN = "341000";

    private final Clocks clocks = new Clocks(new WorkingDayCalendar());

    private static TimeLimit workingDays(int n) {
        return new TimeLimit(n + "个工作日", TimeLimit.Kind.WORKING_DAYS, n, TimeLimit.Unit.WORKING_DAY);
    }

    @Test
    void springFestival2024WithASuspensionAcrossIt() {
        LocalDate accepted = LocalDate.of(2024, 2, 8);   // Thursday before the festival
        // 1: Fri 2-9; 2-10..2-17 off; 2: Sun 2-18 (adjusted); 3: 2-19; 4: 2-20; 5: 2-21
        assertEquals(LocalDate.of(2024, 2, 21), clocks.due(HUANGSHAN, workingDays(5), accepted));
        assertEquals(LocalDate.of(2024, 2, 18), clocks.due(HUANGSHAN, workingDays(2), accepted));
        // returned on Fri 2-9 (1 working day used), resubmitted on Mon 2-19: 2-18 and 2-19 do not count
        assertEquals(2, clocks.workingDaysBetween(HUANGSHAN, LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 19)));
        assertEquals(LocalDate.of(2024, 2, 23), clocks.resume(HUANGSHAN, workingDays(5), LocalDate.of(2024, 2, 21),
                LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 19)));
        assertEquals(LocalDate.of(2024, 2, 20), clocks.resume(HUANGSHAN, workingDays(2), LocalDate.of(2024, 2, 18),
                LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 19)));
    }

    @Test
    void nationalDay2024WithASuspensionAcrossIt() {
        LocalDate accepted = LocalDate.of(2024, 9, 13);   // Friday before 中秋节
        // 1: Sat 9-14 (adjusted); 9-15..9-17 off; 2..4: 9-18..9-20; 5..9: 9-23..9-27; 10: Sun 9-29 (adjusted)
        assertEquals(LocalDate.of(2024, 9, 29), clocks.due(HUANGSHAN, workingDays(10), accepted));
        assertEquals(LocalDate.of(2024, 9, 23), clocks.due(HUANGSHAN, workingDays(5), accepted));
        // returned Fri 9-20 (4 used), resubmitted Tue 10-8: 9-23..9-27, 9-29, 9-30 and 10-8 do not count (8)
        assertEquals(8, clocks.workingDaysBetween(HUANGSHAN, LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 8)));
        // 6 left from 10-8: 10-9, 10-10, 10-11, Sat 10-12 (adjusted), 10-14, 10-15
        assertEquals(LocalDate.of(2024, 10, 15), clocks.resume(HUANGSHAN, workingDays(10), LocalDate.of(2024, 9, 29),
                LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 8)));
        // 1 left from 10-8: 10-9
        assertEquals(LocalDate.of(2024, 10, 9), clocks.resume(HUANGSHAN, workingDays(5), LocalDate.of(2024, 9, 23),
                LocalDate.of(2024, 9, 20), LocalDate.of(2024, 10, 8)));
    }

    @Test
    void acrossSpringFestivalThenSuspendedThenAcrossNationalDay2025() {
        LocalDate accepted = LocalDate.of(2025, 1, 24);   // Friday before 春节
        // 1: Sun 1-26 (adjusted); 2: 1-27; 1-28..2-4 off; 3..5: 2-5..2-7; 6: Sat 2-8 (adjusted); 7..10: 2-10..2-13
        LocalDate committed = clocks.due(HUANGSHAN, workingDays(10), accepted);
        assertEquals(LocalDate.of(2025, 2, 13), committed);
        // 11..20: 2-14, 2-17..2-21, 2-24..2-27
        LocalDate statutory = clocks.due(HUANGSHAN, workingDays(20), accepted);
        assertEquals(LocalDate.of(2025, 2, 27), statutory);
        // returned Fri 2-7 with 5 working days used; resubmitted Fri 9-26 with 5 (committed) and 15 (statutory) left:
        // 1: Sun 9-28 (adjusted); 2: 9-29; 3: 9-30; 10-1..10-8 off; 4: 10-9; 5: 10-10; 6: Sat 10-11 (adjusted);
        // 7..11: 10-13..10-17; 12..15: 10-20..10-23
        LocalDate returned = LocalDate.of(2025, 2, 7);
        LocalDate resubmitted = LocalDate.of(2025, 9, 26);
        assertEquals(LocalDate.of(2025, 10, 10), clocks.resume(HUANGSHAN, workingDays(10), committed, returned, resubmitted));
        assertEquals(LocalDate.of(2025, 10, 23), clocks.resume(HUANGSHAN, workingDays(20), statutory, returned, resubmitted));
    }

    @Test
    void naturalDaysAndImmediateMoveByCalendarDays() {
        TimeLimit tenDays = new TimeLimit("自受理失业人员领取失业保险金申请之日起10日内，对申领者的资格进行审核认定。",
                TimeLimit.Kind.NATURAL_DAYS, 10, TimeLimit.Unit.NATURAL_DAY);
        LocalDate accepted = LocalDate.of(2024, 9, 27);
        assertEquals(LocalDate.of(2024, 10, 7), clocks.due(HUANGSHAN, tenDays, accepted));
        // returned 9-30, resubmitted 10-8: 8 days do not count
        assertEquals(LocalDate.of(2024, 10, 15), clocks.resume(HUANGSHAN, tenDays, LocalDate.of(2024, 10, 7),
                LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 8)));
        TimeLimit immediate = new TimeLimit("即时办结", TimeLimit.Kind.IMMEDIATE, 0, null);
        assertEquals(accepted, clocks.due(HUANGSHAN, immediate, accepted));
        // returned the day it was accepted, resubmitted after the holiday: due the day of the resubmission
        assertEquals(LocalDate.of(2024, 10, 8), clocks.resume(HUANGSHAN, immediate, accepted, accepted,
                LocalDate.of(2024, 10, 8)));
    }

    @Test
    void aLimitWithoutADateHasNone() {
        assertNull(clocks.due(HUANGSHAN, new TimeLimit("无", TimeLimit.Kind.NONE, null, null), LocalDate.of(2024, 9, 27)));
        assertNull(clocks.due(HUANGSHAN, null, LocalDate.of(2024, 9, 27)));
        assertNull(clocks.resume(HUANGSHAN, null, null, LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 8)));
    }
}
