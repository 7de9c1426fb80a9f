package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Upgrading a jurisdiction bundle in place under a stream of requests, with the platform's test hook making the new
 * catalog take seconds to load: every request is answered 200, first with the old catalog and then with the new, never
 * back; a refresh keeps it served too; a real stop removes it at once, even while a load is running; and what happened
 * reaches OSGi Event Admin as platform events.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UpgradeIT extends PlatformTestSupport {

    static final String ID = "970000";
    static final long SLOW_MS = 3000;

    @Override
    @Configuration
    public Option[] config() {
        return OptionUtils.combine(super.config(), systemProperty("io.renshe.catalog.test.delays").value("true"));
    }

    /** One answer to GET /api/jurisdictions/970000/lists/nearby, with when it came. */
    record Seen(long at, int status, String title) {
    }

    /** Requests the list again and again on its own thread, keeping every answer. */
    final class Reader implements AutoCloseable {
        final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::run, "upgrade-reader");

        Reader() {
            thread.start();
        }

        private void run() {
            while (running.get()) {
                try {
                    Answer answer = get("/api/jurisdictions/" + ID + "/lists/nearby");
                    String title = answer.status() == 200 ? json(answer).path("title").asText() : answer.body();
                    seen.add(new Seen(System.nanoTime(), answer.status(), title));
                } catch (IOException e) {
                    seen.add(new Seen(System.nanoTime(), -1, e.toString()));
                }
            }
        }

        List<Seen> since(long at) {
            synchronized (seen) {
                return seen.stream().filter(s -> s.at() >= at).toList();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }

    @Test
    public void anUpgradeServesTheOldCatalogUntilTheNewIsReadyAndAStopRemovesItAtOnce() throws Exception {
        await("the API", () -> get("/api/jurisdictions").status() == 200);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Dictionary<String, Object> topics = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, "io/renshe/event/*"));
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class,
                (Event e) -> events.add(e.getProperty("kind") + " " + e.getProperty("subject") + " " + e.getProperty("detail")),
                topics);
        try {
            Bundle province = bundleContext.installBundle("test:upgrade",
                    new ByteArrayInputStream(jurisdictionBundle("upgrade-province-1", "test.upgrade", "1.0.0")));
            province.start();
            await("970000 active", () -> "1.0.0".equals(json(get("/api/jurisdictions/" + ID)).path("version").asText()));
            assertEquals("第一版清单", getJson("/api/jurisdictions/" + ID + "/lists/nearby").path("title").asText());

            // the upgrade: the new catalog takes SLOW_MS to load
            long updated;
            try (Reader reader = new Reader()) {
                await("the reader runs", () -> reader.seen.size() > 3);
                long before = System.nanoTime();
                province.update(new ByteArrayInputStream(jurisdictionBundle("upgrade-province-2", "test.upgrade", "1.0.1",
                        Map.of("Renshe-Test-Load-Delay", Long.toString(SLOW_MS)))));
                updated = System.nanoTime();
                await("the new catalog", () -> "第二版清单".equals(getJson("/api/jurisdictions/" + ID + "/lists/nearby")
                        .path("title").asText()));
                long servedNew = System.nanoTime();
                await("more answers after the switch", () -> reader.since(servedNew).size() > 3);
                List<Seen> during = reader.since(before);
                assertTrue("requests answered during the upgrade: " + during.size(), during.size() > 20);
                assertTrue("every request is answered 200: " + failures(during), failures(during).isEmpty());
                int firstNew = firstWith(during, "第二版清单");
                assertTrue("the new catalog is served in the end", firstNew > 0);
                assertTrue("the old catalog until the new one, never back: " + titles(during),
                        during.subList(0, firstNew).stream().allMatch(s -> s.title().equals("第一版清单"))
                                && during.subList(firstNew, during.size()).stream().allMatch(s -> s.title().equals("第二版清单")));
                long oldFor = TimeUnit.NANOSECONDS.toMillis(during.get(firstNew - 1).at() - updated);
                assertTrue("the old catalog is served while the new one loads (" + oldFor + " ms after the update)",
                        oldFor >= SLOW_MS - 500);
            }
            JsonNode status = getJson("/api/jurisdictions/" + ID);
            assertEquals("1.0.1", status.path("version").asText());
            assertEquals(2, getJson("/api/jurisdictions/" + ID + "/items").size());

            // a refresh stops and starts the bundle again: still served throughout, again with a slow load
            try (Reader reader = new Reader()) {
                await("the reader runs", () -> reader.seen.size() > 3);
                long before = System.nanoTime();
                CountDownLatch refreshed = new CountDownLatch(1);
                bundleContext.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(province), e -> {
                    if (e.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                        refreshed.countDown();
                    }
                });
                assertTrue("refreshed", refreshed.await(30, TimeUnit.SECONDS));
                Thread.sleep(SLOW_MS + 1000);
                List<Seen> during = reader.since(before);
                assertTrue("requests answered during the refresh: " + during.size(), during.size() > 20);
                assertTrue("every request is answered 200 during a refresh: " + failures(during), failures(during).isEmpty());
            }
            assertEquals(Bundle.ACTIVE, province.getState());

            // a real stop, while a new load is running: out of service at once, and the load's result is dropped
            province.update(new ByteArrayInputStream(jurisdictionBundle("upgrade-province-1", "test.upgrade", "1.0.2",
                    Map.of("Renshe-Test-Load-Delay", Long.toString(SLOW_MS)))));
            long stop = System.nanoTime();
            province.stop();
            await("970000 gone", () -> get("/api/jurisdictions/" + ID).status() == 404);
            long goneAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stop);
            assertTrue("removed promptly, not after the running load: " + goneAfter + " ms", goneAfter < SLOW_MS - 1000);
            Thread.sleep(SLOW_MS + 1000);
            assertEquals("the stopped bundle's load does not bring it back", 404, get("/api/jurisdictions/" + ID).status());
            province.uninstall();

            await("the events", () -> events.stream().anyMatch(e -> e.startsWith("jurisdiction-removed " + ID)));
            List<String> told = new ArrayList<>(events);
            assertTrue(told.toString(), told.contains("jurisdiction-active " + ID + " test.upgrade 1.0.0"));
            assertTrue(told.toString(), told.contains("jurisdiction-active " + ID + " test.upgrade 1.0.1"));
            assertTrue(told.toString(), told.contains("jurisdiction-removed " + ID + " test.upgrade 1.0.1"));
            assertFalse("no removal during the upgrade: " + told,
                    told.contains("jurisdiction-removed " + ID + " test.upgrade 1.0.0"));
            assertFalse("1.0.2 never served: " + told, told.stream().anyMatch(e -> e.contains("1.0.2")));
        } finally {
            handler.unregister();
        }
    }

    private static List<Seen> failures(List<Seen> seen) {
        return seen.stream().filter(s -> s.status() != 200).toList();
    }

    private static int firstWith(List<Seen> seen, String title) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).title().equals(title)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> titles(List<Seen> seen) {
        List<String> runs = new ArrayList<>();
        for (Seen s : seen) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).startsWith(s.title())) {
                runs.add(s.title() + " …");
            }
        }
        return runs;
    }
}
