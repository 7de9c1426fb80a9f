package io.renshe.catalog.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.time.CalendarDay;
import io.renshe.catalog.api.time.CalendarProblem;
import io.renshe.catalog.api.time.DayType;
import io.renshe.catalog.api.time.LocalCalendarDay;
import io.renshe.catalog.api.time.LocalCalendarProvider;
import io.renshe.catalog.api.time.YearCalendar;

/** Local days of one jurisdiction, from a provider service or a factory configuration. */
class LocalCalendarTest {

    private static final String YEJI = "341504";
    private static final String HUANGSHAN = "341000";

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static LocalCalendarProvider provider(String id, LocalCalendarDay... days) {
        return new LocalCalendarProvider() {
            @Override
            public String jurisdictionId() {
                return id;
            }

            @Override
            public List<LocalCalendarDay> days() {
                return List.of(days);
            }
        };
    }

    /** Thursday 2026-03-05 off, Saturday 2026-03-07 working, in Yeji only. */
    private final LocalCalendarProvider yeji = provider(YEJI,
            LocalCalendarDay.holiday(d("2026-03-05"), "地方节日"),
            LocalCalendarDay.workingDay(d("2026-03-07"), "补班"));

    @Test
    void localDaysApplyToTheirJurisdictionOnly() {
        calendar.addLocalCalendar(yeji, Map.of("service.id", 7L, "component.name", "catalog-engine"));
        assertFalse(calendar.isWorkingDay(YEJI, d("2026-03-05")));
        assertTrue(calendar.isWorkingDay(HUANGSHAN, d("2026-03-05")));
        assertEquals(new CalendarDay("2026-03-05", false, DayType.LOCAL_HOLIDAY, "地方节日"),
                calendar.day(YEJI, d("2026-03-05")).day());
        assertEquals(new CalendarDay("2026-03-07", true, DayType.LOCAL_WORKING_DAY, "补班"),
                calendar.day(YEJI, d("2026-03-07")).day());
        // Wednesday 2026-03-04: Yeji skips Thursday, and works on Saturday
        assertEquals(d("2026-03-06"), calendar.addWorkingDays(YEJI, d("2026-03-04"), 1));
        assertEquals(d("2026-03-07"), calendar.addWorkingDays(YEJI, d("2026-03-04"), 2));
        assertEquals(d("2026-03-05"), calendar.addWorkingDays(HUANGSHAN, d("2026-03-04"), 1));
        assertEquals(d("2026-03-09"), calendar.addWorkingDays(HUANGSHAN, d("2026-03-04"), 3));
        YearCalendar year = calendar.year(YEJI, 2026);
        assertTrue(year.holidays().contains(new CalendarDay("2026-03-05", false, DayType.LOCAL_HOLIDAY, "地方节日")));
        assertTrue(year.adjustedWorkingDays()
                .contains(new CalendarDay("2026-03-07", true, DayType.LOCAL_WORKING_DAY, "补班")));
        assertEquals(calendar.year(HUANGSHAN, 2026).workingDays(), year.workingDays());
        assertEquals(List.of(YEJI), calendar.status().localJurisdictions());

        calendar.removeLocalCalendar(yeji, Map.of("service.id", 7L));
        assertTrue(calendar.isWorkingDay(YEJI, d("2026-03-05")));
        assertEquals(List.of(), calendar.status().localJurisdictions());
    }

    @Test
    void aLocalDayOutsideTheCoveredYearsStillCounts() {
        calendar.addLocalCalendar(provider(YEJI, LocalCalendarDay.holiday(d("2030-10-01"), "地方节日")),
                Map.of("service.id", 8L));
        assertEquals(d("2030-10-02"), calendar.addWorkingDays(YEJI, d("2030-09-30"), 1));
        String coverage = calendar.dueDate(YEJI, TestLimits.parse("1个工作日"),
                d("2030-09-30")).coverage();
        assertTrue(coverage.contains("local days of 341504"), coverage);
    }

    @Test
    void readersSeeWholeSnapshotsWhileProvidersComeAndGo() throws Exception {
        AtomicReference<LocalDate> wrong = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            while (!stop.get()) {
                // 2 working days after Wednesday 2026-03-04: Friday 03-06 without Yeji's days, Saturday 03-07 with
                // them (Thursday off, Saturday worked); nothing else
                LocalDate due = calendar.addWorkingDays(YEJI, d("2026-03-04"), 2);
                if (!due.equals(d("2026-03-06")) && !due.equals(d("2026-03-07"))) {
                    wrong.set(due);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 200; i++) {
            calendar.addLocalCalendar(yeji, Map.of("service.id", 5L));
            calendar.removeLocalCalendar(yeji, Map.of("service.id", 5L));
        }
        stop.set(true);
        reader.join();
        assertNull(wrong.get());
    }

    @Test
    void aProviderWithABadIdIsReported() {
        calendar.addLocalCalendar(provider("abc", LocalCalendarDay.holiday(d("2026-03-05"), "x")),
                Map.of("service.id", 9L));
        List<CalendarProblem> problems = calendar.problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("not six digits"), problems.get(0).message());
        assertEquals("local calendar service 9", problems.get(0).source());
    }

    @Test
    void conflictingProvidersAreReportedAndTheDayIsOff() {
        calendar.addLocalCalendar(yeji, Map.of("service.id", 1L));
        calendar.addLocalCalendar(provider(YEJI, LocalCalendarDay.workingDay(d("2026-03-05"), "x")),
                Map.of("service.id", 2L));
        assertFalse(calendar.isWorkingDay(YEJI, d("2026-03-05")));
        assertEquals(1, calendar.problems().size());
        assertEquals(YEJI, calendar.problems().get(0).jurisdictionId());
    }

    @Test
    void aFactoryConfiguration() {
        ConfiguredLocalCalendar configured = new ConfiguredLocalCalendar(Configurations.local(YEJI,
                new String[] {"2026-03-05 地方节日, 2026-03-06", "2026-04-30 五一前"},
                new String[] {"2026-03-07 补班"}), Map.of("service.pid", "io.renshe.catalog.calendar.local~yeji"));
        assertEquals(YEJI, configured.jurisdictionId());
        assertEquals(List.of(), configured.problems());
        assertEquals(4, configured.days().size());
        assertTrue(configured.days().contains(LocalCalendarDay.holiday(d("2026-03-06"), "地方休息日")));
        calendar.addLocalCalendar(configured, Map.of("service.id", 3L,
                "service.pid", "io.renshe.catalog.calendar.local~yeji"));
        assertEquals(d("2026-03-07"), calendar.addWorkingDays(YEJI, d("2026-03-04"), 1));
    }

    @Test
    void aMalformedConfigurationIsRejectedWhole() {
        ConfiguredLocalCalendar configured = new ConfiguredLocalCalendar(Configurations.local(YEJI,
                new String[] {"2026-03-05 地方节日", "2026-02-30 错"}, new String[] {"2026-03-05"}),
                Map.of("service.pid", "io.renshe.catalog.calendar.local~yeji"));
        assertEquals(List.of(), configured.days());
        calendar.addLocalCalendar(configured, Map.of("service.id", 4L));
        assertTrue(calendar.isWorkingDay(YEJI, d("2026-03-05")));
        List<CalendarProblem> problems = calendar.problems();
        assertEquals(1, problems.size());
        CalendarProblem problem = problems.get(0);
        assertEquals("configuration io.renshe.catalog.calendar.local~yeji", problem.source());
        assertEquals(YEJI, problem.jurisdictionId());
        assertEquals("rejected: non.working.days entry \"2026-02-30 错\" does not start with a date yyyy-MM-dd; "
                + "2026-03-05 is both in non.working.days and in working.days", problem.message());
        assertEquals(List.of(problem), calendar.year(YEJI, 2026).problems());
        assertEquals(List.of(), calendar.year(HUANGSHAN, 2026).problems());
    }
}
