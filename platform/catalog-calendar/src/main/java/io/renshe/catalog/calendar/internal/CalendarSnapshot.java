package io.renshe.catalog.calendar.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongPredicate;

import io.renshe.catalog.api.time.CalendarDay;
import io.renshe.catalog.api.time.CalendarProblem;
import io.renshe.catalog.api.time.CalendarService;
import io.renshe.catalog.api.time.CalendarStatus;
import io.renshe.catalog.api.time.DayStatus;
import io.renshe.catalog.api.time.DayType;
import io.renshe.catalog.api.time.DueDate;
import io.renshe.catalog.api.time.LocalCalendarDay;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.WorkingDayCount;
import io.renshe.catalog.api.time.YearCalendar;

/**
 * One immutable state of the calendar: the national days of the holiday files, the local days of each jurisdiction,
 * their precomputed {@link DayTable}s and the problems met while building them. Answers every question of
 * {@link CalendarService}; the component swaps whole snapshots.
 */
final class CalendarSnapshot implements CalendarService {

    /** Local days must lie in these years, so that a typing error cannot make a table of millennia. */
    static final int MIN_LOCAL_YEAR = 1900;
    static final int MAX_LOCAL_YEAR = 2199;

    /**
     * Local days from one source.
     *
     * @param source the configuration or provider, for problems
     * @param jurisdictionId the jurisdiction, six digits
     * @param days the days
     */
    record LocalSource(String source, String jurisdictionId, List<LocalCalendarDay> days) {
    }

    private record Local(NavigableMap<LocalDate, LocalCalendarDay> days, DayTable table) {
    }

    private final NavigableMap<LocalDate, HolidayFile.Day> national;
    private final SortedSet<Integer> covered;
    private final Map<Integer, Set<String>> sourcesByYear;
    private final List<String> sources;
    private final DayTable nationalTable;
    private final Map<String, Local> locals;
    private final List<CalendarProblem> problems;

    private CalendarSnapshot(NavigableMap<LocalDate, HolidayFile.Day> national, SortedSet<Integer> covered,
            Map<Integer, Set<String>> sourcesByYear, List<String> sources, DayTable nationalTable,
            Map<String, Local> locals, List<CalendarProblem> problems) {
        this.national = national;
        this.covered = covered;
        this.sourcesByYear = sourcesByYear;
        this.sources = sources;
        this.nationalTable = nationalTable;
        this.locals = locals;
        this.problems = problems;
    }

    /**
     * Builds a snapshot.
     *
     * @param files the national holiday files, at most one per year; each covers its year
     * @param localSources the local days, per source
     * @param knownProblems problems met before (rejected files, configurations); kept in the snapshot
     */
    static CalendarSnapshot build(Collection<HolidayFile> files, List<LocalSource> localSources,
            List<CalendarProblem> knownProblems) {
        List<CalendarProblem> problems = new ArrayList<>(knownProblems);
        List<HolidayFile> byYear = new ArrayList<>(files);
        byYear.sort((a, b) -> Integer.compare(a.year(), b.year()));
        TreeMap<LocalDate, HolidayFile.Day> national = new TreeMap<>();
        Map<LocalDate, HolidayFile> listedBy = new HashMap<>();
        TreeSet<Integer> covered = new TreeSet<>();
        Map<Integer, Set<String>> sourcesByYear = new HashMap<>();
        List<String> sources = new ArrayList<>();
        for (HolidayFile file : byYear) {
            if (!covered.add(file.year())) {
                throw new IllegalArgumentException("two holiday files for " + file.year());
            }
            sources.add(file.source());
            for (HolidayFile.Day day : file.days()) {
                HolidayFile.Day before = national.put(day.date(), day);
                HolidayFile other = listedBy.put(day.date(), file);
                if (before != null && before.offDay() != day.offDay()) {
                    problems.add(new CalendarProblem(file.source(), file.year(), null, day.date() + " is "
                            + (day.offDay() ? "a holiday" : "a working day") + " here but not in " + other.source()
                            + "; the later notice is used"));
                }
                Set<String> yearSources = sourcesByYear.computeIfAbsent(day.date().getYear(), y -> new LinkedHashSet<>());
                yearSources.addAll(file.papers());
                yearSources.add(file.source());
            }
            Set<String> own = sourcesByYear.computeIfAbsent(file.year(), y -> new LinkedHashSet<>());
            own.addAll(file.papers());
            own.add(file.source());
        }
        TreeSet<Integer> years = new TreeSet<>(covered);
        national.keySet().forEach(d -> years.add(d.getYear()));
        DayTable nationalTable = table(years, day -> {
            HolidayFile.Day listed = national.get(LocalDate.ofEpochDay(day));
            return listed != null ? !listed.offDay() : DayTable.isWeekday(day);
        });

        Map<String, TreeMap<LocalDate, LocalCalendarDay>> localDays = new TreeMap<>();
        Map<String, Map<LocalDate, String>> localSourceOf = new HashMap<>();
        for (LocalSource source : localSources) {
            String id = source.jurisdictionId();
            if (!isJurisdictionId(id)) {
                problems.add(new CalendarProblem(source.source(), null, id,
                        "jurisdiction id \"" + id + "\" is not six digits; its local days are ignored"));
                continue;
            }
            TreeMap<LocalDate, LocalCalendarDay> days = localDays.computeIfAbsent(id, k -> new TreeMap<>());
            Map<LocalDate, String> from = localSourceOf.computeIfAbsent(id, k -> new HashMap<>());
            for (LocalCalendarDay day : source.days()) {
                int year = day.date().getYear();
                if (year < MIN_LOCAL_YEAR || year > MAX_LOCAL_YEAR) {
                    problems.add(new CalendarProblem(source.source(), year, id, day.date()
                            + " is outside the years " + MIN_LOCAL_YEAR + "–" + MAX_LOCAL_YEAR + "; ignored"));
                    continue;
                }
                LocalCalendarDay before = days.get(day.date());
                if (before == null) {
                    days.put(day.date(), day);
                    from.put(day.date(), source.source());
                } else if (before.workingDay() != day.workingDay()) {
                    problems.add(new CalendarProblem(source.source(), year, id, day.date() + " is a local "
                            + (day.workingDay() ? "working" : "non-working") + " day here but not in "
                            + from.get(day.date()) + "; it is taken as a non-working day"));
                    if (before.workingDay()) {
                        days.put(day.date(), day);
                        from.put(day.date(), source.source());
                    }
                }
            }
        }
        Map<String, Local> locals = new HashMap<>();
        localDays.forEach((id, days) -> {
            if (days.isEmpty()) {
                return;
            }
            TreeSet<Integer> span = new TreeSet<>(years);
            days.keySet().forEach(d -> span.add(d.getYear()));
            DayTable table = table(span, day -> {
                LocalDate date = LocalDate.ofEpochDay(day);
                LocalCalendarDay local = days.get(date);
                return local != null ? local.workingDay() : nationalTable.isWorking(day);
            });
            locals.put(id, new Local(Collections.unmodifiableNavigableMap(days), table));
        });
        return new CalendarSnapshot(Collections.unmodifiableNavigableMap(national),
                Collections.unmodifiableSortedSet(covered), Map.copyOf(sourcesByYear), List.copyOf(sources),
                nationalTable, Map.copyOf(locals), List.copyOf(problems));
    }

    private static DayTable table(SortedSet<Integer> years, LongPredicate working) {
        if (years.isEmpty()) {
            return DayTable.weekdaysOnly();
        }
        return DayTable.build(LocalDate.of(years.first(), Month.JANUARY, 1).toEpochDay(),
                LocalDate.of(years.last() + 1, Month.JANUARY, 1).toEpochDay(), working);
    }

    /** Six ASCII digits; checked on every call, so without a regular expression. */
    static boolean isJurisdictionId(String id) {
        if (id == null || id.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private DayTable table(String jurisdictionId) {
        if (!isJurisdictionId(jurisdictionId)) {
            throw new IllegalArgumentException("jurisdiction id must be six digits (GB/T 2260), got "
                    + (jurisdictionId == null ? "none" : "\"" + jurisdictionId + "\""));
        }
        Local local = locals.get(jurisdictionId);
        return local == null ? nationalTable : local.table();
    }

    @Override
    public CalendarStatus status() {
        return new CalendarStatus(List.copyOf(covered), sources, List.copyOf(new TreeSet<>(locals.keySet())),
                problems);
    }

    @Override
    public boolean isWorkingDay(String jurisdictionId, LocalDate date) {
        return table(jurisdictionId).isWorking(date.toEpochDay());
    }

    @Override
    public DayStatus day(String jurisdictionId, LocalDate date) {
        table(jurisdictionId);
        return new DayStatus(jurisdictionId, describe(jurisdictionId, date),
                coverage(jurisdictionId, date.getYear(), date.getYear()));
    }

    @Override
    public LocalDate addWorkingDays(String jurisdictionId, LocalDate from, int workingDays) {
        return LocalDate.ofEpochDay(table(jurisdictionId).plusWorkingDays(from.toEpochDay(), workingDays));
    }

    @Override
    public Optional<LocalDate> due(String jurisdictionId, TimeLimit limit, LocalDate from) {
        return Optional.ofNullable(dueOrNull(table(jurisdictionId), limit, from));
    }

    private static LocalDate dueOrNull(DayTable table, TimeLimit limit, LocalDate from) {
        Integer amount = limit.amount();
        if (amount == null) {
            return null;
        }
        if (amount == 0) {
            return from;
        }
        return switch (limit.unit()) {
            case WORKING_DAY -> LocalDate.ofEpochDay(table.plusWorkingDays(from.toEpochDay(), amount));
            case NATURAL_DAY -> from.plusDays(amount);
            case MONTH -> from.plusMonths(amount);
        };
    }

    @Override
    public DueDate dueDate(String jurisdictionId, TimeLimit limit, LocalDate from) {
        DayTable table = table(jurisdictionId);
        LocalDate due = dueOrNull(table, limit, from);
        List<CalendarDay> skipped = new ArrayList<>();
        if (due != null && limit.unit() == TimeLimit.Unit.WORKING_DAY) {
            for (LocalDate d = from.plusDays(1); d.isBefore(due); d = d.plusDays(1)) {
                if (!table.isWorking(d.toEpochDay())) {
                    skipped.add(describe(jurisdictionId, d));
                }
            }
        }
        int lastYear = (due == null ? from : due).getYear();
        return new DueDate(jurisdictionId, from.toString(), limit, due == null ? null : due.toString(), skipped,
                coverage(jurisdictionId, from.getYear(), lastYear), note(limit));
    }

    private static String note(TimeLimit limit) {
        return switch (limit.kind()) {
            case IMMEDIATE, WORKING_DAYS, NATURAL_DAYS, MONTHS -> null;
            case NONE -> "无: no time limit, so no due date";
            case NOT_ACCELERATED -> "未提速: the limit before acceleration applies; ask with that limit";
            case NOT_OFFERED -> "未办理: the item is not handled here, so no due date";
            case RULE -> limit.computable()
                    ? "a rule: only its computable part (" + describe(limit) + ") was counted from the acceptance day; "
                            + "the rest of the text still applies"
                    : "a rule with no part that can be computed, so no due date; the text applies as written";
        };
    }

    private static String describe(TimeLimit limit) {
        if (limit.amount() == 0) {
            return "the same day";
        }
        return limit.amount() + switch (limit.unit()) {
            case WORKING_DAY -> " working day";
            case NATURAL_DAY -> " natural day";
            case MONTH -> " month";
        } + (limit.amount() == 1 ? "" : "s");
    }

    @Override
    public WorkingDayCount workingDaysBetween(String jurisdictionId, LocalDate from, LocalDate to) {
        long count = table(jurisdictionId).workingDaysBetween(from.toEpochDay(), to.toEpochDay());
        return new WorkingDayCount(jurisdictionId, from.toString(), to.toString(), count,
                coverage(jurisdictionId, Math.min(from.getYear(), to.getYear()), Math.max(from.getYear(), to.getYear())));
    }

    @Override
    public YearCalendar year(String jurisdictionId, int year) {
        DayTable table = table(jurisdictionId);
        LocalDate first = LocalDate.of(year, Month.JANUARY, 1);
        LocalDate next = first.plusYears(1);
        TreeSet<LocalDate> special = new TreeSet<>(national.subMap(first, next).keySet());
        Local local = locals.get(jurisdictionId);
        if (local != null) {
            special.addAll(local.days().subMap(first, next).keySet());
        }
        List<CalendarDay> holidays = new ArrayList<>();
        List<CalendarDay> working = new ArrayList<>();
        for (LocalDate date : special) {
            CalendarDay day = describe(jurisdictionId, date);
            (day.workingDay() ? working : holidays).add(day);
        }
        List<CalendarProblem> relevant = new ArrayList<>();
        for (CalendarProblem p : problems) {
            boolean yearFits = p.year() == null || p.year() == year || p.year() == year + 1;
            boolean placeFits = p.jurisdictionId() == null || p.jurisdictionId().equals(jurisdictionId);
            if (yearFits && placeFits) {
                relevant.add(p);
            }
        }
        int workingDays = (int) table.workingDaysBetween(first.toEpochDay() - 1, next.toEpochDay() - 1);
        return new YearCalendar(jurisdictionId, year, coverage(jurisdictionId, year, year),
                List.copyOf(sourcesByYear.getOrDefault(year, Set.of())), workingDays, holidays, working, relevant);
    }

    /** Why a day is or is not a working day: local days first, then the national days, then the weekday. */
    private CalendarDay describe(String jurisdictionId, LocalDate date) {
        Local local = locals.get(jurisdictionId);
        LocalCalendarDay localDay = local == null ? null : local.days().get(date);
        if (localDay != null) {
            return new CalendarDay(date.toString(), localDay.workingDay(),
                    localDay.workingDay() ? DayType.LOCAL_WORKING_DAY : DayType.LOCAL_HOLIDAY, localDay.name());
        }
        HolidayFile.Day listed = national.get(date);
        if (listed != null) {
            return new CalendarDay(date.toString(), !listed.offDay(),
                    listed.offDay() ? DayType.HOLIDAY : DayType.ADJUSTED_WORKING_DAY, listed.name());
        }
        boolean weekday = DayTable.isWeekday(date.toEpochDay());
        return new CalendarDay(date.toString(), weekday, weekday ? DayType.WORKDAY : DayType.WEEKEND, null);
    }

    /** {@code null} when the national calendar covers every year of {@code [from, to]}; otherwise the note. */
    private String coverage(String jurisdictionId, int from, int to) {
        List<Integer> missing = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            if (!covered.contains(y)) {
                missing.add(y);
            }
        }
        if (missing.isEmpty()) {
            return null;
        }
        return "national holidays and adjusted working days are not known for " + ranges(missing)
                + " (the calendar covers " + (covered.isEmpty() ? "no year" : ranges(covered)) + "): only weekends"
                + (locals.containsKey(jurisdictionId) ? " and the local days of " + jurisdictionId : "")
                + " were treated as non-working days there";
    }

    /** 2022–2026, 2028 */
    private static String ranges(Collection<Integer> years) {
        StringBuilder b = new StringBuilder();
        Integer first = null;
        Integer last = null;
        for (int y : years) {
            if (last != null && y == last + 1) {
                last = y;
                continue;
            }
            append(b, first, last);
            first = y;
            last = y;
        }
        append(b, first, last);
        return b.toString();
    }

    private static void append(StringBuilder b, Integer first, Integer last) {
        if (first == null) {
            return;
        }
        if (b.length() > 0) {
            b.append(", ");
        }
        b.append(first);
        if (!last.equals(first)) {
            b.append('–').append(last);
        }
    }
}
