package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.Comparison;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.ItemJurisdictions;
import io.renshe.catalog.api.ItemQuery;
import io.renshe.catalog.api.Jurisdiction;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.LocalDay;
import io.renshe.catalog.api.time.LocalCalendarDay;
import io.renshe.catalog.api.time.LocalCalendarProvider;

/**
 * The extender of jurisdiction bundles and the catalog service.
 * <p>
 * A {@link BundleTracker} sees every active bundle with a {@value BundleFiles#HEADER} header whose
 * {@code osgi.extender} requirement is wired to this bundle. The framework thread only queues the bundle; one
 * worker thread reads, parses and links it, then swaps in a new immutable {@link CatalogIndex}. Reads never wait.
 */
@Component(service = CatalogService.class, immediate = true)
public final class CatalogExtender implements CatalogService {

    static final String EXTENDER = "io.renshe.catalog";
    static final long UPDATE_GRACE_MS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(CatalogExtender.class);

    private final BundleContext context;
    private final CoreCatalogue core;
    private final CatalogParser parser;
    private final ExecutorService worker;
    private final BundleTracker<Long> tracker;
    /** Parsed bundles by bundle id; touched on the worker thread only. */
    private final Map<Long, ParsedBundle> parsed = new HashMap<>();
    /** Local days registered with the calendar, by jurisdiction; touched on the worker thread only. */
    private final Map<String, Published> calendars = new HashMap<>();
    private volatile CatalogIndex index;
    /** Loads and unloads queued but not yet done: the index is rebuilt once the queue is drained. */
    private final java.util.concurrent.atomic.AtomicInteger queued = new java.util.concurrent.atomic.AtomicInteger();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(dataSourceName=renshe)")
    private volatile DataSource dataSource;

    @Activate
    public CatalogExtender(BundleContext context) {
        this.context = context;
        this.core = CoreCatalogue.load(getClass().getClassLoader());
        this.parser = new CatalogParser(core);
        this.index = CatalogIndex.empty(core);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "renshe-catalog-extender");
            thread.setDaemon(true);
            return thread;
        });
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new Customizer());
        this.tracker.open();
        LOG.info("Catalog extender started with {} catalogue items", core.items().size());
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
        calendars.values().forEach(published -> unregister(published.registration()));
        calendars.clear();
    }

    private final class Customizer implements BundleTrackerCustomizer<Long> {
        @Override
        public Long addingBundle(Bundle bundle, BundleEvent event) {
            String header = bundle.getHeaders("").get(BundleFiles.HEADER);
            if (header == null) {
                return null;
            }
            if (!wiredToUs(bundle)) {
                LOG.warn("Bundle {} {} has a {} header but no osgi.extender requirement wired to {}: ignored",
                        bundle.getSymbolicName(), bundle.getVersion(), BundleFiles.HEADER, EXTENDER);
                return null;
            }
            long id = bundle.getBundleId();
            submit(() -> load(bundle, header), false);
            return id;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
            // a state change within ACTIVE changes nothing
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
            submit(() -> unload(id, bundle.getSymbolicName()), true);
        }
    }

    private void submit(Runnable task, boolean removal) {
        queued.incrementAndGet();
        worker.execute(() -> {
            try {
                task.run();
            } finally {
                if (queued.decrementAndGet() == 0 && !(removal && replacementComing())) {
                    rebuild();
                }
            }
        });
    }

    /**
     * After a removal, waits a moment for the same bundle to come back (an update stops and restarts it), so that
     * readers keep the old catalog until the new one is ready instead of seeing the jurisdiction vanish.
     */
    private boolean replacementComing() {
        try {
            Thread.sleep(UPDATE_GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return queued.get() > 0;
    }

    private boolean wiredToUs(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return false;
        }
        for (BundleWire wire : wiring.getRequiredWires("osgi.extender")) {
            if (EXTENDER.equals(wire.getCapability().getAttributes().get("osgi.extender"))
                    && wire.getProviderWiring().getBundle().equals(context.getBundle())) {
                return true;
            }
        }
        return false;
    }

    private void load(Bundle bundle, String header) {
        String name = bundle.getSymbolicName();
        String version = bundle.getVersion().toString();
        ParsedBundle result;
        try {
            result = parser.parse(name, version, bundle.getBundleId(), BundleFiles.read(bundle, header));
        } catch (IOException | IllegalStateException e) {
            result = rejected(bundle, "cannot read the bundle's catalog files: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Reading the catalog of bundle {} {} failed", name, version, e);
            result = rejected(bundle, "the platform failed to read the catalog (" + e + "); see the log");
        }
        parsed.put(bundle.getBundleId(), result);
    }

    private static ParsedBundle rejected(Bundle bundle, String reason) {
        return new ParsedBundle(bundle.getSymbolicName(), bundle.getVersion().toString(), bundle.getBundleId(), null, "",
                0, List.of(), List.of(new CatalogError("", 0, reason)));
    }

    private void unload(long bundleId, String name) {
        ParsedBundle removed = parsed.remove(bundleId);
        if (removed != null) {
            event("removed", removed.jurisdictionId() != null ? removed.jurisdictionId() : name,
                    name + " " + removed.version());
        }
    }

    private void rebuild() {
        CatalogIndex before = index;
        CatalogIndex after = CatalogIndex.build(core, parsed.values(), before);
        index = after;
        Map<String, JurisdictionStatus> previous = new HashMap<>();
        before.statuses().forEach(s -> previous.put(s.bundle() + "\u0000" + s.id(), s));
        for (JurisdictionStatus status : after.statuses()) {
            if (status.equals(previous.get(status.bundle() + "\u0000" + status.id()))) {
                continue;
            }
            if (JurisdictionStatus.ACTIVE.equals(status.status())) {
                LOG.info("Jurisdiction {} {} ACTIVE from bundle {} {}", status.id(), status.name(), status.bundle(), status.version());
                event("active", status.id(), status.bundle() + " " + status.version());
            } else {
                StringBuilder message = new StringBuilder();
                status.errors().forEach(e -> message.append("\n  ").append(e));
                LOG.warn("Jurisdiction bundle {} {} REJECTED ({} errors):{}", status.bundle(), status.version(),
                        status.errors().size(), message);
                event("rejected", status.id(), status.bundle() + " " + status.version() + message);
            }
        }
        LOG.debug("Catalog index rebuilt: {} jurisdictions", after.statuses().size());
        publishCalendars(after);
    }

    /** Registers the local days of each active jurisdiction with the calendar, changing only what changed. */
    private void publishCalendars(CatalogIndex current) {
        Map<String, List<LocalDay>> wanted = new HashMap<>();
        for (JurisdictionStatus status : current.statuses()) {
            current.effective(status.id()).map(EffectiveCatalog::jurisdiction).map(Jurisdiction::holidays)
                    .filter(days -> !days.isEmpty()).ifPresent(days -> wanted.put(status.id(), days));
        }
        for (String id : List.copyOf(calendars.keySet())) {
            if (!calendars.get(id).days().equals(wanted.get(id))) {
                unregister(calendars.remove(id).registration());
            }
        }
        for (Map.Entry<String, List<LocalDay>> e : wanted.entrySet()) {
            if (calendars.containsKey(e.getKey())) {
                continue;
            }
            List<LocalCalendarDay> days = new ArrayList<>();
            e.getValue().forEach(d -> days.add(LocalCalendarDay.holiday(LocalDate.parse(d.date()), d.name())));
            String id = e.getKey();
            LocalCalendarProvider provider = new LocalCalendarProvider() {
                @Override
                public String jurisdictionId() {
                    return id;
                }

                @Override
                public List<LocalCalendarDay> days() {
                    return List.copyOf(days);
                }
            };
            calendars.put(id, new Published(e.getValue(),
                    context.registerService(LocalCalendarProvider.class, provider, null)));
        }
    }

    private record Published(List<LocalDay> days, ServiceRegistration<LocalCalendarProvider> registration) {
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException gone) {
            // already unregistered with the bundle
        }
    }

    private void event(String kind, String subject, String detail) {
        DataSource ds = dataSource;
        if (ds == null) {
            return;
        }
        try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO PLATFORM_EVENT (OCCURRED_AT, KIND, SUBJECT, DETAIL) VALUES (?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, "jurisdiction-" + kind);
            insert.setString(3, subject.length() > 200 ? subject.substring(0, 200) : subject);
            insert.setString(4, detail);
            insert.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Cannot record platform event {} {}: {}", kind, subject, e.getMessage());
        }
    }

    // CatalogService

    @Override
    public List<JurisdictionStatus> jurisdictions() {
        return index.statuses();
    }

    @Override
    public Optional<JurisdictionStatus> jurisdiction(String id) {
        return index.status(id);
    }

    @Override
    public Optional<EffectiveCatalog> catalog(String id) {
        return index.effective(id);
    }

    @Override
    public Optional<List<EffectiveItem>> items(String jurisdictionId, ItemQuery query) {
        return index.items(jurisdictionId, query);
    }

    @Override
    public List<Item> catalogue() {
        return index.catalogue();
    }

    @Override
    public Optional<Item> item(String codeOrName) {
        return index.item(codeOrName);
    }

    @Override
    public Optional<ItemJurisdictions> offerings(String codeOrName) {
        return index.offerings(codeOrName);
    }

    @Override
    public Optional<Comparison> compare(String a, String b) {
        return index.compare(a, b);
    }

    @Override
    public JurisdictionStatus validate(InputStream bundleJar) throws IOException {
        BundleFiles.JarContent jar = BundleFiles.read(bundleJar);
        ParsedBundle candidate = parser.parse(jar.symbolicName(), jar.version(), Long.MAX_VALUE, jar.files());
        return Validation.against(core, candidate, snapshot());
    }

    private List<ParsedBundle> snapshot() {
        try {
            return worker.submit(() -> List.copyOf(parsed.values())).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the catalog extender is busy: " + e.getMessage(), e);
        }
    }
}
