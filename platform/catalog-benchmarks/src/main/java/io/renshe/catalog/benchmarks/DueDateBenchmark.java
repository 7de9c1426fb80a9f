package io.renshe.catalog.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.renshe.catalog.api.time.CalendarService;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.calendar.internal.WorkingDayCalendar;
import io.renshe.catalog.core.internal.ChineseTimeLimitParser;

/**
 * Due dates of N working days on the calendar service with the shipped national data (2022–2026), from acceptance
 * days spread over those years, on one thread. Large N leave the covered years, where only weekends count.
 * <p>
 * {@link #walkDayByDay()} is the naive way, for comparison.
 * <p>
 * {@code java -jar platform/catalog-benchmarks/target/benchmarks.jar DueDateBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DueDateBenchmark {

    /** Acceptance days: one every 7 days from 2022-01-03 on (a power of two, for a cheap index). */
    private static final int DAYS = 256;

    @Param({"1", "15", "20", "250", "2000"})
    public int workingDays;

    private CalendarService calendar;
    private TimeLimit limit;
    private LocalDate[] from;
    private int next;

    @Setup
    public void setUp() {
        calendar = new WorkingDayCalendar();
        limit = new ChineseTimeLimitParser().parse(workingDays + "个工作日");
        from = new LocalDate[DAYS];
        for (int i = 0; i < DAYS; i++) {
            from[i] = LocalDate.of(2022, 1, 3).plusDays(7L * i + i % 7);
        }
    }

    /** The due date of "N个工作日" accepted on the next day of the list. */
    @Benchmark
    public LocalDate dueDate() {
        LocalDate day = from[next++ & (DAYS - 1)];
        return calendar.due("341000", limit, day).orElseThrow();
    }

    /** For comparison only: the same due date found by walking day by day, which the calendar does not do. */
    @Benchmark
    public LocalDate walkDayByDay() {
        LocalDate day = from[next++ & (DAYS - 1)];
        for (int left = workingDays; left > 0;) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay("341000", day)) {
                left--;
            }
        }
        return day;
    }
}
