package io.renshe.catalog.calendar.internal;

import java.util.function.LongPredicate;

/**
 * Which days are working days, precomputed for a span of whole years and answered in closed form outside it, where
 * only weekends are non-working days. Days are epoch days ({@link java.time.LocalDate#toEpochDay()}).
 * <p>
 * Inside the span a bitset holds one bit per day and a rank array the number of working days before each 64-day word,
 * so the rank of a day is one array read and one bit count, and the day of a given rank a binary search over the
 * words and a select inside one word: adding N working days costs the same for N = 1 and N = 2000. Immutable.
 */
final class DayTable {

    /** Epoch day 0 is a Thursday; epoch day -3 (1969-12-29) the Monday that weekday arithmetic counts from. */
    private static final long MONDAY = -3;

    private final long start;
    private final long end;
    private final long[] bits;
    private final int[] rank;
    private final long weekdaysBeforeStart;
    private final long weekdaysBeforeEnd;

    private DayTable(long start, long end, long[] bits, int[] rank) {
        this.start = start;
        this.end = end;
        this.bits = bits;
        this.rank = rank;
        this.weekdaysBeforeStart = weekdaysBefore(start);
        this.weekdaysBeforeEnd = weekdaysBefore(end);
    }

    /**
     * Precomputes the days of {@code [start, end)}.
     *
     * @param start the first epoch day
     * @param end the epoch day after the last
     * @param working whether an epoch day of the span is a working day
     */
    static DayTable build(long start, long end, LongPredicate working) {
        if (end < start) {
            throw new IllegalArgumentException("empty span " + start + ".." + end);
        }
        int days = Math.toIntExact(end - start);
        long[] bits = new long[(days + 63) >>> 6];
        for (int i = 0; i < days; i++) {
            if (working.test(start + i)) {
                bits[i >>> 6] |= 1L << (i & 63);
            }
        }
        int[] rank = new int[bits.length + 1];
        for (int w = 0; w < bits.length; w++) {
            rank[w + 1] = rank[w] + Long.bitCount(bits[w]);
        }
        return new DayTable(start, end, bits, rank);
    }

    /** A table with no span: weekends are the only non-working days. */
    static DayTable weekdaysOnly() {
        return build(0, 0, day -> true);
    }

    boolean isWorking(long day) {
        if (day >= start && day < end) {
            long i = day - start;
            return (bits[(int) (i >>> 6)] >>> (i & 63) & 1L) != 0;
        }
        return isWeekday(day);
    }

    /**
     * The Nth working day after a day.
     *
     * @param day day 0
     * @param n N, at least 0
     * @return {@code day} for 0, otherwise the Nth working day after it
     */
    long plusWorkingDays(long day, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of working days: " + n);
        }
        return n == 0 ? day : select(rank(day + 1) + n - 1);
    }

    /** The working days in {@code (from, to]}, negated when {@code to < from}. */
    long workingDaysBetween(long from, long to) {
        return rank(to + 1) - rank(from + 1);
    }

    /**
     * The number of working days in {@code [start, x)}; before the span, minus the number in {@code [x, start)}.
     * Increases by one after each working day, everywhere.
     */
    long rank(long x) {
        if (x <= start) {
            return weekdaysBefore(x) - weekdaysBeforeStart;
        }
        if (x >= end) {
            return rank[bits.length] + weekdaysBefore(x) - weekdaysBeforeEnd;
        }
        long i = x - start;
        int w = (int) (i >>> 6);
        return rank[w] + Long.bitCount(bits[w] & ((1L << (i & 63)) - 1));
    }

    /** The working day whose {@link #rank(long)} is {@code k}. */
    long select(long k) {
        int total = rank[bits.length];
        if (k < 0) {
            return weekdayAt(weekdaysBeforeStart + k);
        }
        if (k >= total) {
            return weekdayAt(weekdaysBeforeEnd + k - total);
        }
        int lo = 0;
        int hi = bits.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (rank[mid] <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        long word = bits[lo];
        for (long r = k - rank[lo]; r > 0; r--) {
            word &= word - 1;
        }
        return start + ((long) lo << 6) + Long.numberOfTrailingZeros(word);
    }

    static boolean isWeekday(long day) {
        return Math.floorMod(day - MONDAY, 7) < 5;
    }

    /** The number of Mondays to Fridays in {@code [1969-12-29, day)}, negative before. */
    static long weekdaysBefore(long day) {
        long m = day - MONDAY;
        return Math.floorDiv(m, 7) * 5 + Math.min(Math.floorMod(m, 7), 5);
    }

    /** The Monday to Friday with {@code j} weekdays before it (in the sense of {@link #weekdaysBefore(long)}). */
    static long weekdayAt(long j) {
        return Math.floorDiv(j, 5) * 7 + Math.floorMod(j, 5) + MONDAY;
    }
}
