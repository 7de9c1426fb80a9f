package io.renshe.catalog.calendar.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.time.CalendarProblem;
import io.renshe.catalog.api.time.LocalCalendarDay;
import io.renshe.catalog.api.time.LocalCalendarProvider;

/**
 * The local days of one factory configuration {@value #PID}, offered to the calendar as a
 * {@link LocalCalendarProvider}. A configuration with a malformed entry is rejected whole: it adds no day, and the
 * calendar reports why. A changed configuration makes a new instance.
 */
@Component(service = LocalCalendarProvider.class, configurationPid = ConfiguredLocalCalendar.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = LocalCalendarConfiguration.class, factory = true)
public final class ConfiguredLocalCalendar implements LocalCalendarProvider {

    static final String PID = "io.renshe.catalog.calendar.local";

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredLocalCalendar.class);
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String jurisdictionId;
    private final List<LocalCalendarDay> days;
    private final List<CalendarProblem> problems;

    @Activate
    public ConfiguredLocalCalendar(LocalCalendarConfiguration configuration, Map<String, Object> properties) {
        Object pid = properties.get(Constants.SERVICE_PID);
        String source = "configuration " + (pid != null ? pid : PID);
        this.jurisdictionId = configuration.jurisdiction_id() == null ? "" : configuration.jurisdiction_id().strip();
        List<String> errors = new ArrayList<>();
        Map<LocalDate, LocalCalendarDay> read = new HashMap<>();
        entries(configuration.non_working_days(), false, "non.working.days", read, errors);
        entries(configuration.working_days(), true, "working.days", read, errors);
        if (errors.isEmpty()) {
            this.days = List.copyOf(read.values());
            this.problems = List.of();
        } else {
            String message = "rejected: " + String.join("; ", errors);
            LOG.warn("Local calendar {} of {} {}", source, jurisdictionId, message);
            this.days = List.of();
            this.problems = List.of(new CalendarProblem(source, null, jurisdictionId, message));
        }
    }

    private static void entries(String[] values, boolean working, String property,
            Map<LocalDate, LocalCalendarDay> read, List<String> errors) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            for (String entry : SEPARATORS.split(value)) {
                String text = entry.strip();
                if (text.isEmpty()) {
                    continue;
                }
                String[] parts = text.split("\\s+", 2);
                LocalDate date;
                try {
                    if (!DATE.matcher(parts[0]).matches()) {
                        throw new DateTimeException(parts[0]);
                    }
                    date = LocalDate.parse(parts[0], DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeException e) {
                    errors.add(property + " entry \"" + text + "\" does not start with a date yyyy-MM-dd");
                    continue;
                }
                String name = parts.length > 1 ? parts[1].strip() : working ? "地方工作日" : "地方休息日";
                LocalCalendarDay day = new LocalCalendarDay(date, working, name);
                LocalCalendarDay before = read.put(date, day);
                if (before != null && before.workingDay() != working) {
                    errors.add(date + " is both in non.working.days and in working.days");
                }
            }
        }
    }

    @Override
    public String jurisdictionId() {
        return jurisdictionId;
    }

    @Override
    public List<LocalCalendarDay> days() {
        return days;
    }

    @Override
    public List<CalendarProblem> problems() {
        return problems;
    }
}
