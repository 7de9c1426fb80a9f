package io.renshe.catalog.calendar.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.time.CalendarProblem;
import io.renshe.catalog.api.time.CalendarService;
import io.renshe.catalog.api.time.CalendarStatus;
import io.renshe.catalog.api.time.DayStatus;
import io.renshe.catalog.api.time.DueDate;
import io.renshe.catalog.api.time.LocalCalendarProvider;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.WorkingDayCount;
import io.renshe.catalog.api.time.YearCalendar;

/**
 * The calendar service: the bundled national holiday files, the administrator's holiday folder, and the local days of
 * every {@link LocalCalendarProvider}. Every change (configuration, folder, provider) builds a new immutable
 * {@link CalendarSnapshot} that replaces the old one at once; readers never lock.
 * <p>
 * The folder is checked on one daemon thread of this component, never on the framework's; it stops on deactivation.
 * A new instance answers from the bundled files alone until it is activated.
 */
@Component(service = CalendarService.class, configurationPid = WorkingDayCalendar.PID, immediate = true)
@Designate(ocd = CalendarConfiguration.class)
public final class WorkingDayCalendar implements CalendarService {

    static final String PID = "io.renshe.catalog.calendar";

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private record Provided(String source, LocalCalendarProvider provider) {
    }

    private final HolidayFileReader reader = new HolidayFileReader();
    private final Map<Integer, HolidayFile> bundled = new TreeMap<>();
    private final Map<Object, Provided> providers = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private volatile CalendarSnapshot snapshot;

    /** Guarded by {@link #lock}. */
    private HolidayFolder folder;
    /** Guarded by {@link #lock}. */
    private ScheduledExecutorService checker;

    /** Reads the bundled holiday files. */
    public WorkingDayCalendar() {
        reader.bundled().forEach(file -> bundled.put(file.year(), file));
        rebuild();
    }

    @Activate
    void activate(CalendarConfiguration configuration) {
        configure(configuration, System::getProperty);
    }

    @Modified
    void modified(CalendarConfiguration configuration) {
        configure(configuration, System::getProperty);
    }

    @Deactivate
    void deactivate() {
        synchronized (lock) {
            stopChecking();
            folder = null;
        }
    }

    /** Applies a configuration: reads the folder at once, then checks it periodically. */
    void configure(CalendarConfiguration configuration, UnaryOperator<String> properties) {
        synchronized (lock) {
            stopChecking();
            Path path = folderPath(configuration.holidays_folder(), properties);
            folder = path == null ? null : new HolidayFolder(path, reader);
            if (folder != null) {
                folder.refresh();
                int seconds = configuration.holidays_check_seconds();
                if (seconds > 0) {
                    checker = Executors.newSingleThreadScheduledExecutor(task -> {
                        Thread thread = new Thread(task, "renshe-calendar-holidays");
                        thread.setDaemon(true);
                        return thread;
                    });
                    checker.scheduleWithFixedDelay(this::check, seconds, seconds, TimeUnit.SECONDS);
                }
                LOG.info("Holiday folder {} (checked {})", path, seconds > 0 ? "every " + seconds + " s"
                        : "on configuration changes only");
            }
            rebuild();
        }
    }

    private void stopChecking() {
        if (checker != null) {
            checker.shutdownNow();
            checker = null;
        }
    }

    /** One periodic check: rebuilds when the folder changed. */
    void check() {
        try {
            synchronized (lock) {
                if (folder != null && folder.refresh()) {
                    rebuild();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Holiday folder check failed", e);
        }
    }

    /**
     * The folder of a configured value: {@code ${name}} replaced by the property, {@code null} for an empty value or
     * one naming a property that is not set.
     */
    static Path folderPath(String configured, UnaryOperator<String> properties) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(configured.strip());
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = properties.apply(m.group(1));
            if (value == null) {
                LOG.info("No holiday folder: {} names the system property {}, which is not set", configured,
                        m.group(1));
                return null;
            }
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        return Path.of(b.toString()).toAbsolutePath().normalize();
    }

    @Reference(service = LocalCalendarProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeLocalCalendar")
    void addLocalCalendar(LocalCalendarProvider provider, Map<String, Object> properties) {
        providers.put(key(provider, properties), new Provided(source(properties), provider));
        rebuild();
    }

    void removeLocalCalendar(LocalCalendarProvider provider, Map<String, Object> properties) {
        providers.remove(key(provider, properties));
        rebuild();
    }

    private static Object key(LocalCalendarProvider provider, Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_ID);
        return id != null ? id : provider;
    }

    private static String source(Map<String, Object> properties) {
        Object pid = properties.get(Constants.SERVICE_PID);
        Object component = properties.get("component.name");
        Object id = properties.get(Constants.SERVICE_ID);
        return "local calendar " + (pid != null ? "configuration " + pid
                : component != null ? component + " (service " + id + ")" : "service " + id);
    }

    /** Builds a new snapshot from the bundled files, the folder and the providers, and puts it in place. */
    private void rebuild() {
        synchronized (lock) {
            Map<Integer, HolidayFile> files = new TreeMap<>(bundled);
            List<CalendarProblem> problems = new ArrayList<>();
            if (folder != null) {
                folder.files().forEach(file -> files.put(file.year(), file));
                problems.addAll(folder.problems());
            }
            List<CalendarSnapshot.LocalSource> locals = new ArrayList<>();
            for (Provided p : providers.values()) {
                try {
                    locals.add(new CalendarSnapshot.LocalSource(p.source(), p.provider().jurisdictionId(),
                            p.provider().days()));
                    problems.addAll(p.provider().problems());
                } catch (RuntimeException e) {
                    LOG.warn("{} failed; its days are ignored", p.source(), e);
                    problems.add(new CalendarProblem(p.source(), null, null, "failed: " + e));
                }
            }
            locals.sort((a, b) -> a.source().compareTo(b.source()));
            snapshot = CalendarSnapshot.build(files.values(), locals, problems);
        }
    }

    @Override
    public CalendarStatus status() {
        return snapshot.status();
    }

    @Override
    public boolean isWorkingDay(String jurisdictionId, LocalDate date) {
        return snapshot.isWorkingDay(jurisdictionId, date);
    }

    @Override
    public DayStatus day(String jurisdictionId, LocalDate date) {
        return snapshot.day(jurisdictionId, date);
    }

    @Override
    public LocalDate addWorkingDays(String jurisdictionId, LocalDate from, int workingDays) {
        return snapshot.addWorkingDays(jurisdictionId, from, workingDays);
    }

    @Override
    public Optional<LocalDate> due(String jurisdictionId, TimeLimit limit, LocalDate from) {
        return snapshot.due(jurisdictionId, limit, from);
    }

    @Override
    public DueDate dueDate(String jurisdictionId, TimeLimit limit, LocalDate from) {
        return snapshot.dueDate(jurisdictionId, limit, from);
    }

    @Override
    public WorkingDayCount workingDaysBetween(String jurisdictionId, LocalDate from, LocalDate to) {
        return snapshot.workingDaysBetween(jurisdictionId, from, to);
    }

    @Override
    public YearCalendar year(String jurisdictionId, int year) {
        return snapshot.year(jurisdictionId, year);
    }
}
