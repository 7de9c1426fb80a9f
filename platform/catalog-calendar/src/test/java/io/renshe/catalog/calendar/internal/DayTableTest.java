package io.renshe.catalog.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast table against a day-by-day walk, inside and on both sides of its span. */
class DayTableTest {

    private static final long START = LocalDate.of(2022, 1, 1).toEpochDay();
    private static final long END = LocalDate.of(2027, 1, 1).toEpochDay();

    /** A random calendar in the span (holidays and working weekends), weekends only outside it. */
    private static boolean[] randomWorking(Random random, long from, long to) {
        boolean[] working = new boolean[(int) (to - from)];
        for (int i = 0; i < working.length; i++) {
            long day = from + i;
            boolean weekday = LocalDate.ofEpochDay(day).getDayOfWeek().getValue() <= 5;
            working[i] = day >= START && day < END && random.nextInt(10) == 0 ? !weekday : weekday;
        }
        return working;
    }

    @Test
    void agreesWithAWalkDayByDay() {
        Random random = new Random(20240210);
        long from = START - 800;
        long to = END + 3000;
        boolean[] working = randomWorking(random, from, to);
        DayTable table = DayTable.build(START, END, day -> working[(int) (day - from)]);
        for (int trial = 0; trial < 3000; trial++) {
            long day = from + random.nextInt(working.length - 2000);
            int n = random.nextInt(trial % 10 == 0 ? 1500 : 40);
            long walked = day;
            for (int left = n; left > 0;) {
                walked++;
                if (working[(int) (walked - from)]) {
                    left--;
                }
            }
            assertEquals(walked, table.plusWorkingDays(day, n), () -> LocalDate.ofEpochDay(day) + " + " + n);
            assertEquals(n, table.workingDaysBetween(day, walked));
            assertEquals(-n, table.workingDaysBetween(walked, day));
            assertEquals(working[(int) (day - from)], table.isWorking(day));
        }
    }

    @Test
    void weekendsOnlyWithoutASpan() {
        DayTable table = DayTable.weekdaysOnly();
        LocalDate friday = LocalDate.of(2030, 10, 4);
        assertEquals(DayOfWeek.FRIDAY, friday.getDayOfWeek());
        assertEquals(friday.plusDays(3).toEpochDay(), table.plusWorkingDays(friday.toEpochDay(), 1));
        assertEquals(friday.plusDays(14).toEpochDay(), table.plusWorkingDays(friday.toEpochDay(), 10));
        assertEquals(friday.plusDays(1).toEpochDay(), table.plusWorkingDays(friday.plusDays(1).toEpochDay(), 0));
        // a Saturday: its first working day after is Monday
        assertEquals(friday.plusDays(3).toEpochDay(), table.plusWorkingDays(friday.plusDays(1).toEpochDay(), 1));
        assertEquals(10, table.workingDaysBetween(friday.toEpochDay(), friday.plusDays(14).toEpochDay()));
    }

    @Test
    void weekdayArithmeticIsItsOwnInverse() {
        for (long day = -4000; day < 4000; day++) {
            if (DayTable.isWeekday(day)) {
                assertEquals(day, DayTable.weekdayAt(DayTable.weekdaysBefore(day)));
            }
            assertEquals(DayTable.weekdaysBefore(day) + (DayTable.isWeekday(day) ? 1 : 0),
                    DayTable.weekdaysBefore(day + 1));
        }
    }

    @Test
    void aSpanWithoutWorkingDays() {
        DayTable table = DayTable.build(START, END, day -> false);
        // 2027-01-01, the first day after the span, is a Friday
        assertEquals(END, table.plusWorkingDays(START, 1));
        assertEquals(END + 3, table.plusWorkingDays(START + 100, 2));
        assertEquals(0, table.workingDaysBetween(START - 1, END - 1));
        assertEquals(START - 3, table.plusWorkingDays(START - 4, 1)); // Tuesday 2021-12-28 → Wednesday 12-29
        assertThrows(IllegalArgumentException.class, () -> table.plusWorkingDays(START, -1));
    }
}
