package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.AccessControlContext;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.event.Event;

import io.renshe.catalog.api.event.PlatformEvents;

/**
 * Restarts of the store, of the pax-jdbc bundles and of the Derby engine bundle leave no thread behind, Derby's engine
 * stops with the store, and a new revision of the store leaves the old one's class loader to the garbage collector.
 * In a container of its own: whether a class loader is collected depends on what else the JVM has seen.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreRestartIT extends StoreTestSupport {

    @Test
    public void restartsLeaveNoThreadAndANewRevisionLeavesNoClassLoaderBehind() throws Exception {
        awaitUp();
        eventAdmin.sendEvent(new Event(PlatformEvents.topic("it-restart"), PlatformEvents.properties("it-restart", "it", null)));
        awaitSettled();
        Map<String, Integer> before = databaseThreads();
        assertTrue(before.toString(), before.containsKey("derby.rawStoreDaemon") && before.containsKey("renshe housekeeper")
                && before.containsKey("renshe-store") && before.containsKey("renshe-event-log"));

        // a new revision of the store: the old one's class loader is held by no live thread and is collected
        Bundle store = bundle(STORE);
        WeakReference<ClassLoader> old = new WeakReference<>(store.adapt(BundleWiring.class).getClassLoader());
        // the same jar again, from the distribution's system folder (mvn:io.renshe/catalog-store/<version>)
        String version = store.getLocation().substring(store.getLocation().lastIndexOf('/') + 1);
        Path jar = Paths.get(System.getProperty("karaf.home"), "system", "io", "renshe", "catalog-store", version,
                "catalog-store-" + version + ".jar");
        try (InputStream in = Files.newInputStream(jar)) {
            store.update(in);
        }
        refresh(store);
        awaitUp();
        assertTrue("a new revision", store.adapt(BundleWiring.class).getClassLoader() != old.get());
        assertEquals(List.of(), threadsHolding(old));
        // The refresh renewed the REST bundle too. Its old revision resolved StoreStatus, and the JVM keeps a class
        // loader alive while a loader that resolved its classes lives. The REST mapper keeps its answer types in a type
        // cache of its own (not Jackson's shared one), so nothing of Jackson holds the old revision; Karaf's
        // event:display keeps the last 100 events with what they reference, which are pushed out here.
        for (int i = 0; i < 110; i++) {
            eventAdmin.sendEvent(new Event("io/renshe/itest/FLUSH", Map.of()));
        }
        for (int i = 0; i < 40 && old.get() != null; i++) {
            System.gc();
            Thread.sleep(250);
        }
        assertNull("the old revision's class loader is collected", old.get());

        // restarts of the store, of pax-jdbc and of the Derby engine bundle, twice over: the same threads after
        for (int round = 0; round < 2; round++) {
            for (String name : List.of(STORE, "org.ops4j.pax.jdbc.config", "org.ops4j.pax.jdbc.pool.hikaricp",
                    "org.ops4j.pax.jdbc.derby", "io.renshe.derby")) {
                Bundle bundle = bundle(name);
                assertNotNull(name, bundle);
                bundle.stop();
                if (STORE.equals(name)) {
                    await("Derby and the pool stopped with the store", () -> databaseThreads().keySet().stream()
                            .noneMatch(thread -> thread.startsWith("derby.") || thread.startsWith("renshe ")));
                }
                bundle.start();
                awaitUp();
            }
        }
        eventAdmin.sendEvent(new Event(PlatformEvents.topic("it-restart"), PlatformEvents.properties("it-restart", "it", null)));
        awaitSettled();
        await("the same threads as before the restarts", () -> databaseThreads().equals(before));
    }

    /** Live threads whose context class loader, or whose inherited access control context, is the given loader's. */
    @SuppressWarnings("removal") // the inherited access control context still holds protection domains on Java 17
    private static List<String> threadsHolding(WeakReference<ClassLoader> loader) throws Exception {
        Field inherited = Thread.class.getDeclaredField("inheritedAccessControlContext");
        inherited.setAccessible(true);
        Field context = AccessControlContext.class.getDeclaredField("context");
        context.setAccessible(true);
        List<String> holders = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getContextClassLoader() == loader.get()) {
                holders.add(thread.getName() + " (context class loader)");
            }
            AccessControlContext acc = (AccessControlContext) inherited.get(thread);
            ProtectionDomain[] domains = acc == null ? null : (ProtectionDomain[]) context.get(acc);
            if (domains != null) {
                for (ProtectionDomain domain : domains) {
                    if (domain != null && domain.getClassLoader() == loader.get()) {
                        holders.add(thread.getName() + " (inherited access control context)");
                    }
                }
            }
        }
        return holders;
    }

    private void refresh(Bundle bundle) throws InterruptedException {
        CountDownLatch refreshed = new CountDownLatch(1);
        bundleContext.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        assertTrue("refreshed", refreshed.await(60, TimeUnit.SECONDS));
    }
}
