package io.renshe.catalog.store.internal;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.ops4j.pax.jdbc.hook.PreHook;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.store.DatabaseMaintenance;
import io.renshe.catalog.store.PlatformDatabase;
import io.renshe.catalog.store.StoreStatus;

/**
 * The platform database on kept parts. pax-jdbc-config opens the pool that {@code etc/org.ops4j.datasource-renshe.cfg}
 * describes (HikariCP over embedded Derby by default); this store checks those settings on their way to pax-jdbc
 * ({@link DataSourceGuard}), brings every migration track up to date (its own and those of bundles with a
 * {@value PlatformDatabase#MIGRATIONS_HEADER} header) and only then publishes the pool to consumers as a
 * {@link DataSource} with the {@value PlatformDatabase#SCHEMA} property. A wrong setting or a refused migration leaves
 * the store down with the reason, logged once; any change of the configuration or of the contributing bundles is
 * acted on at once, on the store's own thread.
 *
 * <p>The pool lives only while the store does: pax-jdbc waits for the store's pre-hook before it creates the pool
 * and closes it when the hook goes. On stop the store withdraws the data source, lets pax-jdbc close the pool, then
 * shuts the embedded Derby engine down.
 */
// the DatabaseMaintenance this registers by hand, for the resolver (ScheduledBackup's reference requires it)
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.renshe.catalog.store.DatabaseMaintenance",
        uses = DatabaseMaintenance.class)
@Component(service = StoreStatus.class, immediate = true)
public final class DatabaseStore implements StoreStatus {

    /** The name of the store's pax-jdbc pre-hook, which the configuration names in {@code ops4j.preHook}. */
    static final String PRE_HOOK = "renshe";
    static final String DERBY_LOG = "derby.stream.error.file";
    static final long RETRY_SECONDS = 15;
    static final long DRIVER_GRACE_SECONDS = 10;
    /** The name of the migrated data source in Karaf's {@code jdbc:ds-list}. */
    static final String MIGRATED_NAME = "renshe-migrated";
    private static final String POOL_FILTER = "(&(objectClass=" + DataSource.class.getName()
            + ")(pax.jdbc.managed=true)(dataSourceName=" + DataSourceSettings.NAME + "))";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStore.class);

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;
    private final MigrationSet own;
    private final ScheduledThreadPoolExecutor worker;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Deque<ServiceRegistration<?>> registrations = new ArrayDeque<>();
    private final ServiceTracker<DataSource, DataSource> pools;
    private final BundleTracker<MigrationSet> contributions;
    private final ServiceTracker<DataSourceFactory, ServiceReference<DataSourceFactory>> drivers;
    /** What the trackers saw, filled before the store's thread is asked to look (a tracker adds after its callback). */
    private final ConcurrentSkipListMap<ServiceReference<DataSource>, DataSource> poolServices = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<Long, MigrationSet> contributed = new ConcurrentHashMap<>();
    /** The pre-hook that lets pax-jdbc open the pool; {@code null} while the database is taken offline. */
    private volatile ServiceRegistration<PreHook> preHook;
    private volatile boolean closing;
    /** Whether the configured database is embedded Derby, whose engine the store shuts down when it stops. */
    private volatile boolean embeddedDerby;
    private volatile State state = State.down(null, "the store is starting");

    private final Object lock = new Object();
    /** The migrated data source as published; guarded by {@link #lock}. */
    private Published published;
    /** The last line logged, so that a state is logged once; worker thread only. */
    private String lastLogged;
    /** When the configured JDBC driver was first found missing, 0 while it is there; worker thread only. */
    private long driverMissingSince;

    @Activate
    public DatabaseStore(BundleContext context, @Reference ConfigurationAdmin configAdmin) {
        this.context = context;
        this.configAdmin = configAdmin;
        String data = System.getProperty("karaf.data");
        if (data != null && System.getProperty(DERBY_LOG) == null) {
            // before Derby boots: its log goes with Karaf's logs rather than into the working folder
            System.setProperty(DERBY_LOG, new File(data, "log/derby.log").getPath());
        }
        this.own = MigrationSet.fromBundle(context.getBundle());
        this.worker = Workers.start("renshe-store");

        Dictionary<String, Object> guard = new Hashtable<>();
        guard.put(ConfigurationPlugin.CM_TARGET, new String[] {DataSourceGuard.FACTORY_PID});
        guard.put(ConfigurationPlugin.CM_RANKING, 900);
        registrations.push(context.registerService(ConfigurationPlugin.class, new DataSourceGuard(), guard));
        registrations.push(context.registerService(ConfigurationListener.class, this::configurationEvent, null));
        try {
            this.pools = new ServiceTracker<>(context, context.createFilter(POOL_FILTER), new Pools());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        this.contributions = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new Contributions());
        this.drivers = new ServiceTracker<>(context, DataSourceFactory.class, new Drivers());
        pools.open();
        contributions.open();
        drivers.open();
        registrations.push(context.registerService(DatabaseMaintenance.class, new StoreMaintenance(new Host()), null));
        this.preHook = registerPreHook();
        request();
    }

    private ServiceRegistration<PreHook> registerPreHook() {
        Dictionary<String, Object> hook = new Hashtable<>();
        hook.put(PreHook.KEY_NAME, PRE_HOOK);
        hook.put(Constants.SERVICE_DESCRIPTION, "Lets pax-jdbc-config open the platform database while the store runs");
        return context.registerService(PreHook.class, dataSource -> { }, hook);
    }

    @Deactivate
    void deactivate() {
        closing = true;
        Workers.stop(worker, 30);
        withdraw();
        if (preHook != null) {
            unregister(preHook); // pax-jdbc closes the pool now, before the engine goes
        }
        pools.close();
        contributions.close();
        drivers.close();
        while (!registrations.isEmpty()) {
            unregister(registrations.pop());
        }
        if (embeddedDerby) {
            shutdownDerby();
        }
        state = State.down(state.url(), "the store is stopped");
    }

    // StoreStatus

    @Override
    public boolean isUp() {
        return state.up();
    }

    @Override
    public String url() {
        return state.url();
    }

    @Override
    public String reason() {
        return state.reason();
    }

    @Override
    public int schemaVersion() {
        return state.versions().getOrDefault(PlatformDatabase.PLATFORM_TRACK, 0);
    }

    @Override
    public Map<String, Integer> schemaVersions() {
        return state.versions();
    }

    @Override
    public String product() {
        return state.product();
    }

    // the store's thread

    /** Asks the store's thread to look at the configuration, the pool and the contributions again. */
    private void request() {
        if (!closing && pending.compareAndSet(false, true)) {
            try {
                worker.execute(this::reconcile);
            } catch (RejectedExecutionException stopping) {
                pending.set(false);
            }
        }
    }

    private void reconcile() {
        pending.set(false);
        if (closing) {
            return;
        }
        Verdict verdict = verdict();
        embeddedDerby = verdict.settings() != null && verdict.settings().isEmbeddedDerby();
        if (verdict.problem() != null) {
            withdraw();
            down(verdict.url(), verdict.problem(), true);
            return;
        }
        String driverProblem = missingDriver(verdict.settings());
        if (driverProblem != null) {
            // at start-up the driver may simply not be there yet: say it at once, log it only if it stays missing
            long now = System.nanoTime();
            if (driverMissingSince == 0) {
                driverMissingSince = now;
                schedule(DRIVER_GRACE_SECONDS);
            }
            withdraw();
            down(verdict.url(), driverProblem, now - driverMissingSince >= TimeUnit.SECONDS.toNanos(DRIVER_GRACE_SECONDS));
            return;
        }
        driverMissingSince = 0;
        DataSource pool = currentPool();
        if (pool == null) {
            withdraw();
            down(verdict.url(), "waiting for pax-jdbc-config to open the data source " + DataSourceSettings.NAME
                    + " of " + verdict.settings().file(), false);
            return;
        }
        List<MigrationSet> sets = sets();
        String duplicate = duplicateTrack(sets);
        if (duplicate != null) {
            withdraw();
            down(verdict.url(), duplicate, true);
            return;
        }
        try (Connection connection = pool.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            MigrationRunner runner = new MigrationRunner(connection);
            runner.ensureHistory();
            Map<String, Integer> versions = new TreeMap<>();
            for (MigrationSet set : sets) {
                versions.put(set.track(), runner.migrate(set));
            }
            up(pool, verdict.url(), product, versions);
        } catch (SQLException e) {
            withdraw();
            down(verdict.url(), verdict.connectionProblem(e), true);
            schedule(RETRY_SECONDS);
        } catch (MigrationException e) {
            withdraw();
            down(verdict.url(), verdict.settings().scrub(e.getMessage()), true);
        }
    }

    private void schedule(long seconds) {
        try {
            worker.schedule(this::request, seconds, TimeUnit.SECONDS);
        } catch (RejectedExecutionException stopping) {
            // the store is stopping
        }
    }

    /** Why no pax-jdbc {@link DataSourceFactory} serves the configured driver, or {@code null} when one does. */
    private String missingDriver(DataSourceSettings settings) {
        try {
            Set<String> installed = new TreeSet<>();
            for (ServiceReference<DataSourceFactory> reference : context.getServiceReferences(DataSourceFactory.class, null)) {
                Object name = reference.getProperty(DataSourceFactory.OSGI_JDBC_DRIVER_NAME);
                Object type = reference.getProperty(DataSourceFactory.OSGI_JDBC_DRIVER_CLASS);
                if (settings.driver() != null ? settings.driver().equals(name) : settings.driverClass().equals(type)) {
                    return null;
                }
                if (name != null) {
                    installed.add(name.toString());
                }
            }
            String driver = settings.driver() != null ? settings.driver() : settings.driverClass();
            return "setting " + (settings.driver() != null ? DataSourceSettings.DRIVER_NAME : DataSourceSettings.DRIVER_CLASS)
                    + " in " + settings.file() + ": no JDBC driver '" + driver + "' is installed (installed: "
                    + (installed.isEmpty() ? "none" : String.join(", ", installed)) + ")"
                    + (settings.isPostgresql() ? ": feature:install renshe-postgresql" : "");
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return null;
        }
    }

    private void up(DataSource pool, String url, String product, Map<String, Integer> versions) {
        synchronized (lock) {
            if (closing || pool != currentPool()) {
                return; // a newer pool is on its way; its own request follows
            }
            state = State.up(url, product, versions);
            if (published != null && published.pool() == pool) {
                if (!published.versions().equals(versions)) {
                    published.registration().setProperties(properties(versions));
                    published = new Published(pool, published.dataSource(), published.registration(), versions);
                }
            } else {
                withdrawLocked();
                PlatformDataSource dataSource = new PlatformDataSource(pool);
                published = new Published(pool, dataSource,
                        context.registerService(DataSource.class, dataSource, properties(versions)), versions);
            }
        }
        log("Database UP: " + product + " at " + url + ", schema " + versions, false);
    }

    private void down(String url, String reason, boolean report) {
        state = State.down(url, reason);
        if (report) {
            log("Database DOWN: " + reason + "; the platform keeps running without it", true);
        }
    }

    private void log(String line, boolean error) {
        if (line.equals(lastLogged)) {
            return;
        }
        lastLogged = line;
        if (error) {
            LOG.error(line);
        } else {
            LOG.info(line);
        }
    }

    private static Dictionary<String, Object> properties(Map<String, Integer> versions) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(PlatformDatabase.SCHEMA, versions.keySet().toArray(new String[0]));
        // the name Karaf's jdbc:* commands list it by, apart from pax-jdbc's pool "renshe"
        properties.put("datasource", MIGRATED_NAME);
        properties.put(Constants.SERVICE_DESCRIPTION, "The Renshe platform database, migrated");
        return properties;
    }

    private void withdraw() {
        synchronized (lock) {
            withdrawLocked();
        }
    }

    private void withdrawLocked() {
        if (published != null) {
            unregister(published.registration());
            published.dataSource().close();
            published = null;
        }
    }

    /** A contributing bundle stopped: its consumers must not see its track until it is migrated again. */
    private void withdrawTrack(String track) {
        synchronized (lock) {
            if (published != null && published.versions().containsKey(track)) {
                Map<String, Integer> versions = new TreeMap<>(published.versions());
                versions.remove(track);
                published.registration().setProperties(properties(versions));
                published = new Published(published.pool(), published.dataSource(), published.registration(), versions);
            }
        }
    }

    /** The pax-jdbc pool of the platform's configuration: the highest ranked, should there be two. */
    private DataSource currentPool() {
        Map.Entry<ServiceReference<DataSource>, DataSource> last = poolServices.lastEntry();
        return last == null ? null : last.getValue();
    }

    private List<MigrationSet> sets() {
        List<MigrationSet> sets = new ArrayList<>();
        sets.add(own != null ? own : new MigrationSet(PlatformDatabase.PLATFORM_TRACK, "the store", Map.of(),
                "the store bundle lacks its " + PlatformDatabase.MIGRATIONS_HEADER + " header"));
        List<MigrationSet> others = new ArrayList<>(contributed.values());
        others.sort(Comparator.comparing(MigrationSet::track).thenComparing(MigrationSet::owner));
        sets.addAll(others);
        return sets;
    }

    static String duplicateTrack(List<MigrationSet> sets) {
        Map<String, String> owners = new HashMap<>();
        for (MigrationSet set : sets) {
            String other = owners.putIfAbsent(set.track(), set.owner());
            if (other != null) {
                return "track " + set.track() + " is contributed by both " + other + " and " + set.owner()
                        + ": a track belongs to one bundle";
            }
        }
        return null;
    }

    // the configuration

    /** What the store makes of the platform's pax-jdbc configuration as Config Admin holds it now. */
    record Verdict(DataSourceSettings settings, String problem, String url) {

        String connectionProblem(SQLException e) {
            String setting = isAuthentication(e) ? "settings user and .password" : "setting url";
            return setting + " in " + settings.file() + ": " + settings.scrub(describe(e));
        }
    }

    private Verdict verdict() {
        Configuration[] configurations;
        try {
            configurations = configAdmin.listConfigurations("(&(" + ConfigurationAdmin.SERVICE_FACTORYPID + "="
                    + DataSourceGuard.FACTORY_PID + ")(dataSourceName=" + DataSourceSettings.NAME + "))");
        } catch (IOException | InvalidSyntaxException e) {
            return new Verdict(null, "the configuration of the data source cannot be read: " + e.getMessage(), null);
        }
        if (configurations == null || configurations.length == 0) {
            return new Verdict(null, "no data source " + DataSourceSettings.NAME
                    + " is configured: etc/org.ops4j.datasource-renshe.cfg is missing", null);
        }
        List<DataSourceSettings> all = new ArrayList<>();
        for (Configuration configuration : configurations) {
            all.add(DataSourceSettings.of(configuration.getProperties()));
        }
        DataSourceSettings settings = all.get(0);
        String url = DataSourceSettings.masked(settings.url());
        if (all.size() > 1) {
            List<String> files = new ArrayList<>();
            all.forEach(s -> files.add(s.file()));
            Collections.sort(files);
            return new Verdict(settings, "setting dataSourceName: " + String.join(" and ", files) + " both configure the data source "
                    + DataSourceSettings.NAME + ": keep one", url);
        }
        DataSourceSettings.Problem problem = settings.check();
        return new Verdict(settings, problem == null ? null : "setting " + problem.setting() + " in " + settings.file()
                + ": " + settings.scrub(problem.detail()), url);
    }

    private void configurationEvent(ConfigurationEvent event) {
        if (DataSourceGuard.FACTORY_PID.equals(event.getFactoryPid())) {
            request();
        }
    }

    static boolean isAuthentication(SQLException e) {
        for (Throwable t : chain(e)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("authentication")) {
                return true;
            }
        }
        return false;
    }

    /** The distinct messages along the causes and next exceptions: what the driver said, not the pool's wrapping. */
    static String describe(SQLException e) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t : chain(e)) {
            if (t == e && e instanceof SQLTransientConnectionException && e.getCause() != null) {
                continue; // HikariCP's "connection is not available": the cause says why
            }
            String message = t.getMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            message = message.strip().replaceAll(",? see the next exception for details\\.?$", "").replaceAll("\\.$", "");
            boolean known = false;
            for (String seen : messages) {
                known |= seen.contains(message);
            }
            if (!known) {
                messages.add(message);
            }
        }
        return messages.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", messages);
    }

    private static List<Throwable> chain(Throwable first) {
        List<Throwable> result = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(first);
        while (!todo.isEmpty() && result.size() < 20) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            result.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return result;
    }

    private void shutdownDerby() {
        try {
            derbyDriver().connect("jdbc:derby:;shutdown=true", new Properties());
        } catch (SQLException expected) {
            // XJ015: the engine has shut down
            LOG.info("Embedded Derby shut down ({})", expected.getSQLState());
        } catch (IllegalStateException e) {
            LOG.warn("Embedded Derby not shut down: {}", e.getMessage());
        }
    }

    /** Embedded Derby's driver, from the {@code derby} {@link DataSourceFactory}. */
    private Driver derbyDriver() throws SQLException {
        try {
            for (ServiceReference<DataSourceFactory> reference : context.getServiceReferences(DataSourceFactory.class,
                    "(" + DataSourceFactory.OSGI_JDBC_DRIVER_NAME + "=derby)")) {
                DataSourceFactory factory = context.getService(reference);
                try {
                    return factory.createDriver(null);
                } finally {
                    context.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no derby DataSourceFactory is installed");
    }

    /** What maintenance ({@link StoreMaintenance}) may do with the store. */
    private final class Host implements StoreMaintenance.Host {

        @Override
        public DataSourceSettings settings() {
            Verdict verdict = verdict();
            if (verdict.settings() == null) {
                throw new IllegalStateException(verdict.problem());
            }
            return verdict.settings();
        }

        @Override
        public DataSource database() {
            synchronized (lock) {
                if (published != null && state.up()) {
                    return published.dataSource();
                }
            }
            throw new IllegalStateException("the database is down: " + state.reason());
        }

        @Override
        public Map<String, Integer> schema() {
            return state.versions();
        }

        @Override
        public <T> T offline(String reason, java.util.concurrent.Callable<T> work, long seconds) throws Exception {
            java.util.concurrent.Future<T> done = worker.submit(() -> {
                try {
                    withdraw();
                    ServiceRegistration<PreHook> hook = preHook;
                    preHook = null;
                    if (hook != null) {
                        unregister(hook); // pax-jdbc closes the pool
                    }
                    down(state.url(), reason, false);
                    return work.call();
                } finally {
                    if (!closing) {
                        preHook = registerPreHook();
                    }
                    request();
                }
            });
            T result;
            try {
                result = done.get(seconds * 10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!state.up() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return result;
        }

        @Override
        public Driver derby() throws SQLException {
            return derbyDriver();
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it with the bundle
        }
    }

    // trackers

    private final class Pools implements ServiceTrackerCustomizer<DataSource, DataSource> {
        @Override
        public DataSource addingService(ServiceReference<DataSource> reference) {
            DataSource pool = context.getService(reference);
            if (pool != null) {
                poolServices.put(reference, pool);
                request();
            }
            return pool;
        }

        @Override
        public void modifiedService(ServiceReference<DataSource> reference, DataSource pool) {
            request();
        }

        @Override
        public void removedService(ServiceReference<DataSource> reference, DataSource pool) {
            // pax-jdbc unregisters the pool before it closes it: consumers let go first
            poolServices.remove(reference);
            synchronized (lock) {
                if (published != null && published.pool() == pool) {
                    withdrawLocked();
                    state = State.down(state.url(), "the data source is being reopened");
                }
            }
            context.ungetService(reference);
            request();
        }
    }

    /** A JDBC driver came or went: the configured one may be there now. */
    private final class Drivers implements ServiceTrackerCustomizer<DataSourceFactory, ServiceReference<DataSourceFactory>> {
        @Override
        public ServiceReference<DataSourceFactory> addingService(ServiceReference<DataSourceFactory> reference) {
            request();
            return reference;
        }

        @Override
        public void modifiedService(ServiceReference<DataSourceFactory> reference, ServiceReference<DataSourceFactory> same) {
            request();
        }

        @Override
        public void removedService(ServiceReference<DataSourceFactory> reference, ServiceReference<DataSourceFactory> same) {
            request();
        }
    }

    private final class Contributions implements BundleTrackerCustomizer<MigrationSet> {
        @Override
        public MigrationSet addingBundle(Bundle bundle, BundleEvent event) {
            if (bundle.getBundleId() == context.getBundle().getBundleId()) {
                return null;
            }
            MigrationSet set = MigrationSet.fromBundle(bundle);
            if (set != null) {
                contributed.put(bundle.getBundleId(), set);
                request();
            }
            return set;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, MigrationSet set) {
            // STARTING to ACTIVE: the same scripts
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, MigrationSet set) {
            contributed.remove(bundle.getBundleId());
            withdrawTrack(set.track());
            request();
        }
    }

    // state

    private record Published(DataSource pool, PlatformDataSource dataSource, ServiceRegistration<DataSource> registration,
            Map<String, Integer> versions) {
    }

    private record State(boolean up, String url, String reason, Map<String, Integer> versions, String product) {
        static State up(String url, String product, Map<String, Integer> versions) {
            return new State(true, url, null, Collections.unmodifiableMap(new TreeMap<>(versions)), product);
        }

        static State down(String url, String reason) {
            return new State(false, url, reason, Map.of(), null);
        }
    }
}
