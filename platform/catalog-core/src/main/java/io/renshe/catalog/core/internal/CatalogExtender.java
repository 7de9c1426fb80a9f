package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.health.ReadinessCheck;
import io.renshe.catalog.api.limits.InputLimits;

/**
 * The extender of jurisdiction bundles: a {@link BundleTracker} sees every ACTIVE bundle with a
 * {@value BundleFiles#HEADER} header whose {@code osgi.extender} requirement is wired to this bundle, and tells the
 * {@link ExtenderWork} when one starts, stops or is uninstalled; the work reads it off the framework thread and hands
 * it to the catalog service ({@link JurisdictionCatalogs}). A bundle with the header but no such wire is ignored with a
 * warning.
 * <p>
 * Whether a stop is transient (an update, a refresh: the catalog stays in service until the bundle is back) or real (a
 * persistent stop, an uninstall: it is taken out at once) is read from the bundle's autostart setting, which the
 * framework keeps during an update or a refresh and clears for a persistent stop or an uninstall before the bundle
 * leaves ACTIVE.
 * <p>
 * Test hook, off by default: with the framework property {@value #TEST_DELAYS} set to {@code true}, a bundle's
 * {@value #TEST_DELAY_HEADER} header (milliseconds) delays the hand-over of its catalog, so that the platform's tests
 * can make an upgrade slow.
 */
@Component(immediate = true, service = ReadinessCheck.class)
public final class CatalogExtender implements ReadinessCheck {

    static final String EXTENDER = "io.renshe.catalog";
    /** Framework property that lets {@link #TEST_DELAY_HEADER} slow a load down: for the platform's own tests only. */
    static final String TEST_DELAYS = "io.renshe.catalog.test.delays";
    static final String TEST_DELAY_HEADER = "Renshe-Test-Load-Delay";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogExtender.class);

    private final BundleContext context;
    private final ExtenderWork work;
    private final BundleTracker<Bundle> tracker;
    private final SynchronousBundleListener uninstalls;
    private final boolean testDelays;
    private final InputLimits limits;

    @Activate
    public CatalogExtender(BundleContext context, @Reference CatalogEngine engine,
            @Reference JurisdictionCatalogs catalogs) {
        this.context = context;
        this.testDelays = Boolean.parseBoolean(context.getProperty(TEST_DELAYS));
        this.limits = engine.limits();
        this.work = new ExtenderWork(engine.parser(), catalogs);
        this.uninstalls = event -> {
            if (event.getType() == BundleEvent.UNINSTALLED && work.knows(event.getBundle().getBundleId())) {
                work.gone(event.getBundle().getBundleId());
            }
        };
        context.addBundleListener(uninstalls);
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, new Customizer());
        this.tracker.open();
        if (testDelays) {
            LOG.warn("Test hook {} is on: bundles may delay their own loading with the {} header", TEST_DELAYS,
                    TEST_DELAY_HEADER);
        }
        LOG.info("Catalog extender started with {} catalogue items", engine.core().items().size());
    }

    /** {@code catalog}: ready while no started jurisdiction bundle waits to be read or handed over. */
    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public Readiness readiness() {
        int pending = work.pending();
        int known = work.bundles();
        return pending == 0 ? Readiness.ready(known + " jurisdiction bundles read")
                : Readiness.notReady(pending + " of " + known + " jurisdiction bundles still being read");
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(uninstalls);
        work.close();
        tracker.close();
    }

    private final class Customizer implements BundleTrackerCustomizer<Bundle> {
        @Override
        public Bundle addingBundle(Bundle bundle, BundleEvent event) {
            String header = bundle.getHeaders("").get(BundleFiles.HEADER);
            if (header == null || !wiredToUs(bundle)) {
                if (header != null) {
                    LOG.warn("Bundle {} {} has a {} header but no osgi.extender requirement wired to {}: ignored",
                            bundle.getSymbolicName(), bundle.getVersion(), BundleFiles.HEADER, EXTENDER);
                }
                if (work.knows(bundle.getBundleId())) {
                    work.gone(bundle.getBundleId());
                }
                return null;
            }
            work.started(new InstalledBundle(bundle, header));
            return bundle;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
            // a state change within ACTIVE changes nothing
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
            InstalledBundle source = new InstalledBundle(bundle, null);
            work.stopping(source, source.meantToRun());
        }
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

    /** An installed bundle as the work sees it; its name and version are those of the revision it was made from. */
    private final class InstalledBundle implements ExtenderWork.Source {
        private final Bundle bundle;
        private final String header;
        private final String name;
        private final String version;
        private final long delay;

        InstalledBundle(Bundle bundle, String header) {
            this.bundle = bundle;
            this.header = header;
            this.name = bundle.getSymbolicName();
            this.version = bundle.getVersion().toString();
            this.delay = testDelays ? parseDelay(bundle.getHeaders("").get(TEST_DELAY_HEADER)) : 0;
        }

        @Override
        public long id() {
            return bundle.getBundleId();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public Map<String, byte[]> files() throws IOException {
            return BundleFiles.read(bundle, header, limits);
        }

        @Override
        public boolean meantToRun() {
            try {
                if (bundle.getState() == Bundle.UNINSTALLED) {
                    return false;
                }
                BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
                if (level == null || !level.isPersistentlyStarted()) {
                    return false;
                }
                FrameworkStartLevel framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION)
                        .adapt(FrameworkStartLevel.class);
                return framework == null || level.getStartLevel() <= framework.getStartLevel();
            } catch (IllegalStateException uninstalledMeanwhile) {
                return false;
            }
        }

        @Override
        public long testLoadDelay() {
            return delay;
        }
    }

    private static long parseDelay(String header) {
        try {
            return header == null ? 0 : Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
