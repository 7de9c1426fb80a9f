package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.limits.LimitExceededException;

/**
 * The extender's work, off the framework thread. The framework thread only tells what happened to a jurisdiction
 * bundle; a pool of loader threads, one per processor, reads and parses bundles, each independently of the others; a
 * coordinator thread hands the results to the {@link Deployments} in as few steps as it can (bundles started together
 * are deployed together). A load that finishes after a newer start or stop of its bundle is dropped, whatever order
 * the loaders finish in.
 * <p>
 * <b>Upgrades without a gap.</b> When a bundle leaves the ACTIVE state while the framework still means it to run (its
 * autostart setting says started: an update, a refresh, which stop it only transiently), its catalog stays in service
 * until the bundle is active again and its new catalog has been read, however long that takes; then the new one
 * replaces it in one step. A bundle that the framework no longer means to run (a persistent stop, an uninstall) is
 * taken out of service at once, without waiting for a load in progress, whose result is then dropped. A bundle
 * stopped only transiently that the framework no longer means to run later on (stopped persistently or uninstalled
 * meanwhile, or its start level left behind) is taken out when that is seen: at its uninstall, or by a check every
 * second while any bundle waits to come back.
 */
final class ExtenderWork implements AutoCloseable {

    /** A jurisdiction bundle as the work sees it. */
    interface Source {
        long id();

        String name();

        String version();

        /** Its catalog files by name, directly in its catalog folder. */
        Map<String, byte[]> files() throws IOException;

        /** Whether the framework means it to run now: installed, started persistently, its start level reached. */
        boolean meantToRun();

        /** Milliseconds to wait before its catalog is handed over; 0 except in the platform's own tests. */
        long testLoadDelay();
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExtenderWork.class);
    static final long CHECK_MS = 1000;

    private final CatalogParser parser;
    private final Deployments deployments;
    private final ExecutorService loader;
    private final ScheduledExecutorService coordinator;
    /** Per bundle id, the number of the latest start or stop: a load of an older one is dropped. */
    private final Map<Long, Long> generations = new ConcurrentHashMap<>();
    /** Bundles stopped transiently whose catalog stays in service until they are back. */
    private final Map<Long, Source> awaitingRestart = new ConcurrentHashMap<>();
    /** Loads submitted and not yet handed to the coordinator. */
    private final AtomicInteger loading = new AtomicInteger();
    /** Loads handed to the coordinator and not yet to the deployments. */
    private final AtomicInteger handing = new AtomicInteger();
    // coordinator thread only
    private final Map<Long, ParsedBundle> loaded = new HashMap<>();
    private final Set<Long> removed = new HashSet<>();
    private volatile boolean closed;

    ExtenderWork(CatalogParser parser, Deployments deployments) {
        this(parser, deployments, Runtime.getRuntime().availableProcessors());
    }

    ExtenderWork(CatalogParser parser, Deployments deployments, int loaders) {
        this.parser = parser;
        this.deployments = deployments;
        AtomicInteger loaderNumber = new AtomicInteger();
        this.loader = Executors.newFixedThreadPool(Math.max(1, loaders),
                r -> thread(r, "renshe-catalog-loader-" + loaderNumber.incrementAndGet()));
        this.coordinator = Executors.newSingleThreadScheduledExecutor(r -> thread(r, "renshe-catalog-extender"));
        coordinator.scheduleWithFixedDelay(this::checkAwaiting, CHECK_MS, CHECK_MS, TimeUnit.MILLISECONDS);
    }

    private static Thread thread(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The bundle is active and wired to the extender: read its catalog, and serve it once read. */
    void started(Source source) {
        if (closed) {
            return;
        }
        long generation = next(source.id());
        awaitingRestart.remove(source.id());
        loading.incrementAndGet();
        run(loader, () -> {
            ParsedBundle parsed = read(source);
            run(coordinator, () -> {
                if (generations.get(source.id()) == generation) {
                    loaded.put(source.id(), parsed);
                    removed.remove(source.id());
                }
                handing.set(loaded.size());
                loading.decrementAndGet();
                flushIfIdle();
            });
        });
    }

    /** Runs a task on a thread of the work, unless the work is closed meanwhile. */
    private void run(ExecutorService thread, Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException closing) {
            LOG.debug("The extender is closing: a task is dropped");
        }
    }

    /**
     * The bundle left the ACTIVE state.
     *
     * @param meantToRun what {@link Source#meantToRun()} said as it stopped, on the framework's thread
     */
    void stopping(Source source, boolean meantToRun) {
        if (closed) {
            return;
        }
        if (meantToRun) {
            awaitingRestart.put(source.id(), source);
            LOG.debug("Bundle {} {} stopped transiently: its catalog stays in service until it is back",
                    source.name(), source.version());
        } else {
            remove(source.id());
        }
    }

    /** The bundle is gone, or is active but no catalog bundle of this extender any more. */
    void gone(long id) {
        if (!closed && generations.containsKey(id)) {
            remove(id);
        }
    }

    /** Bundles started and not yet handed to the catalog service (being read, or waiting for the others of a batch). */
    int pending() {
        return loading.get() + handing.get();
    }

    /** Bundles this work has seen (started, loaded, waiting, removed). */
    int bundles() {
        return generations.size();
    }

    /** Whether a bundle has been seen by this work (started, loaded or waiting). */
    boolean knows(long id) {
        return generations.containsKey(id);
    }

    private void remove(long id) {
        next(id);
        awaitingRestart.remove(id);
        run(coordinator, () -> {
            loaded.remove(id);
            handing.set(loaded.size());
            removed.add(id);
            flushIfIdle();
        });
    }

    private long next(long id) {
        return generations.merge(id, 1L, Long::sum);
    }

    private ParsedBundle read(Source source) {
        ParsedBundle parsed;
        try {
            parsed = parser.parse(source.name(), source.version(), source.id(), source.files());
        } catch (IOException | IllegalStateException e) {
            parsed = rejected(source, "cannot read the bundle's catalog files: " + e.getMessage());
        } catch (LimitExceededException e) {
            LOG.warn("Bundle {} {} rejected: {}", source.name(), source.version(), e.getMessage());
            parsed = rejected(source, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Reading the catalog of bundle {} {} failed", source.name(), source.version(), e);
            parsed = rejected(source, "the platform failed to read the catalog (" + e + "); see the log");
        }
        long delay = source.testLoadDelay();
        if (delay > 0) {
            LOG.warn("Test hook: the catalog of bundle {} {} is handed over {} ms late", source.name(), source.version(), delay);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return parsed;
    }

    private static ParsedBundle rejected(Source source, String reason) {
        return new ParsedBundle(source.name(), source.version(), source.id(), null, "", 0, List.of(),
                List.of(new CatalogError("", 0, reason)));
    }

    /**
     * Hands over what was read and removed once nothing else is queued here. Removals go at once, even while loads
     * are still being read; loads wait for each other, so that bundles started together are deployed together.
     */
    private void flushIfIdle() {
        if (closed || loaded.isEmpty() && removed.isEmpty()) {
            return;
        }
        if (loading.get() > 0 && removed.isEmpty()) {
            return;
        }
        Map<Long, ParsedBundle> batch = Map.copyOf(loaded);
        Set<Long> gone = Set.copyOf(removed);
        loaded.clear();
        removed.clear();
        try {
            deployments.apply(batch, gone);
        } catch (RuntimeException e) {
            LOG.error("Deploying {} and removing {} failed", batch.keySet(), gone, e);
        } finally {
            handing.set(0);
        }
    }

    private void checkAwaiting() {
        for (Source source : List.copyOf(awaitingRestart.values())) {
            if (!source.meantToRun() && awaitingRestart.remove(source.id(), source)) {
                LOG.debug("Bundle {} {} is not coming back: its catalog is taken out of service", source.name(),
                        source.version());
                next(source.id());
                loaded.remove(source.id());
                handing.set(loaded.size());
                removed.add(source.id());
            }
        }
        flushIfIdle();
    }

    /** Stops the threads; what is queued is dropped. */
    @Override
    public void close() {
        closed = true;
        loader.shutdownNow();
        coordinator.shutdownNow();
        try {
            loader.awaitTermination(10, TimeUnit.SECONDS);
            coordinator.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
