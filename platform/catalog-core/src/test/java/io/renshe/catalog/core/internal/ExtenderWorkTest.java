package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The extender's work with plain objects for bundles: what it hands to the catalog, and when. Real threads, real
 * parser; a bundle's files can be held back to make its load as slow as a test needs.
 */
class ExtenderWorkTest {

    private static final String PROVINCE = """
            schema: renshe-catalog/1
            kind: jurisdiction
            id: "990000"
            name: %s
            level: province
            """;

    /** One call of {@link Deployments#apply}. */
    record Step(Map<Long, ParsedBundle> loaded, Set<Long> removed) {
    }

    private final BlockingQueue<Step> steps = new LinkedBlockingQueue<>();
    private final ExtenderWork work = new ExtenderWork(Fixtures.parser(), (loaded, removed) -> steps.add(new Step(loaded, removed)));

    /** A bundle as the work sees it; its files can be held back until {@link #release()}. */
    static class FakeBundle implements ExtenderWork.Source {
        final long id;
        final String version;
        final String jurisdictionName;
        volatile boolean meantToRun = true;
        final CountDownLatch held;
        final CountDownLatch entered = new CountDownLatch(1);

        FakeBundle(long id, String version, String jurisdictionName, boolean hold) {
            this.id = id;
            this.version = version;
            this.jurisdictionName = jurisdictionName;
            this.held = new CountDownLatch(hold ? 1 : 0);
        }

        void release() {
            held.countDown();
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public String name() {
            return "test.province";
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public Map<String, byte[]> files() throws IOException {
            entered.countDown();
            try {
                held.await();
            } catch (InterruptedException e) {
                throw new IOException("interrupted");
            }
            Map<String, byte[]> files = new TreeMap<>();
            files.put("jurisdiction.yaml", PROVINCE.formatted(jurisdictionName).getBytes(StandardCharsets.UTF_8));
            return files;
        }

        @Override
        public boolean meantToRun() {
            return meantToRun;
        }

        @Override
        public long testLoadDelay() {
            return 0;
        }
    }

    @AfterEach
    void close() {
        work.close();
    }

    private Step next() throws InterruptedException {
        Step step = steps.poll(10, TimeUnit.SECONDS);
        assertTrue(step != null, "the work handed something over");
        return step;
    }

    @Test
    void aStartedBundleIsReadAndHandedOver() throws Exception {
        work.started(new FakeBundle(7, "1.0.0", "测试省", false));
        Step step = next();
        assertEquals(Set.of(7L), step.loaded().keySet());
        assertEquals(Set.of(), step.removed());
        ParsedBundle parsed = step.loaded().get(7L);
        assertEquals("990000", parsed.jurisdictionId());
        assertEquals("1.0.0", parsed.version());
        assertEquals("测试省", parsed.catalog().jurisdiction().name());
    }

    @Test
    void bundlesStartedTogetherAreDeployedTogether() throws Exception {
        FakeBundle slow = new FakeBundle(1, "1.0.0", "甲", true);
        work.started(slow);
        work.started(new FakeBundle(2, "1.0.0", "乙", false));
        work.started(new FakeBundle(3, "1.0.0", "丙", false));
        assertNull(steps.poll(300, TimeUnit.MILLISECONDS), "nothing is handed over while a load of the batch is running");
        slow.release();
        assertEquals(Set.of(1L, 2L, 3L), next().loaded().keySet());
    }

    @Test
    void bundlesAreReadSeveralAtATime() throws Exception {
        try (ExtenderWork four = new ExtenderWork(Fixtures.parser(), (l, r) -> steps.add(new Step(l, r)), 4)) {
            FakeBundle[] bundles = new FakeBundle[4];
            for (int i = 0; i < bundles.length; i++) {
                bundles[i] = new FakeBundle(i + 1, "1.0.0", "省" + i, true);
                four.started(bundles[i]);
            }
            for (FakeBundle bundle : bundles) {
                assertTrue(bundle.entered.await(10, TimeUnit.SECONDS), "bundle " + bundle.id + " is being read");
            }
            assertNull(steps.poll(200, TimeUnit.MILLISECONDS), "four loads at once, none finished");
            for (FakeBundle bundle : bundles) {
                bundle.release();
            }
            assertEquals(Set.of(1L, 2L, 3L, 4L), next().loaded().keySet());
        }
    }

    @Test
    void aLoadOvertakenByANewerStartOfItsBundleIsDropped() throws Exception {
        try (ExtenderWork four = new ExtenderWork(Fixtures.parser(), (l, r) -> steps.add(new Step(l, r)), 4)) {
            FakeBundle old = new FakeBundle(7, "1.0.0", "旧名", true);
            four.started(old);
            assertTrue(old.entered.await(10, TimeUnit.SECONDS));
            four.stopping(old, true);
            FakeBundle updated = new FakeBundle(7, "1.0.1", "新名", false);
            four.started(updated);
            assertTrue(updated.entered.await(10, TimeUnit.SECONDS));
            assertNull(steps.poll(300, TimeUnit.MILLISECONDS), "the batch waits for the old load to end");
            old.release();
            Step step = next();
            assertEquals("1.0.1", step.loaded().get(7L).version());
            assertEquals("新名", step.loaded().get(7L).catalog().jurisdiction().name());
            assertNull(steps.poll(300, TimeUnit.MILLISECONDS), "the old load is dropped, not handed over later");
        }
    }

    @Test
    void anUpdateKeepsTheOldCatalogUntilTheNewOneIsRead() throws Exception {
        work.started(new FakeBundle(7, "1.0.0", "旧名", false));
        next();
        FakeBundle updated = new FakeBundle(7, "1.0.1", "新名", true);
        // an update: the framework stops the bundle transiently, then starts its new revision
        work.stopping(updated, true);
        work.started(updated);
        assertNull(steps.poll(1500, TimeUnit.MILLISECONDS), "the old catalog stays: nothing removed, nothing replaced yet");
        updated.release();
        Step step = next();
        assertEquals(Set.of(), step.removed(), "the old catalog is replaced, never removed");
        assertEquals("新名", step.loaded().get(7L).catalog().jurisdiction().name());
        assertEquals("1.0.1", step.loaded().get(7L).version());
    }

    @Test
    void aRealStopRemovesAtOnceEvenWhileALoadIsRunningAndDropsItsResult() throws Exception {
        work.started(new FakeBundle(7, "1.0.0", "旧名", false));
        next();
        FakeBundle updated = new FakeBundle(7, "1.0.1", "新名", true);
        work.stopping(updated, true);
        work.started(updated);
        long before = System.nanoTime();
        updated.meantToRun = false;
        work.stopping(updated, false);
        Step step = next();
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(1), "removed promptly");
        assertEquals(Set.of(7L), step.removed());
        assertEquals(Set.of(), step.loaded().keySet());
        updated.release();
        assertNull(steps.poll(500, TimeUnit.MILLISECONDS), "the load of the stopped bundle is dropped");
    }

    @Test
    void aTransientStopThatDoesNotComeBackIsRemovedWhenSeen() throws Exception {
        FakeBundle bundle = new FakeBundle(7, "1.0.0", "测试省", false);
        work.started(bundle);
        next();
        work.stopping(bundle, true);
        assertNull(steps.poll(ExtenderWork.CHECK_MS + 300, TimeUnit.MILLISECONDS), "kept while the framework means it to run");
        bundle.meantToRun = false;
        Step step = next();
        assertEquals(Set.of(7L), step.removed());
    }

    @Test
    void anUninstallAfterATransientStopRemoves() throws Exception {
        FakeBundle bundle = new FakeBundle(7, "1.0.0", "测试省", false);
        work.started(bundle);
        next();
        work.stopping(bundle, true);
        work.gone(7);
        assertEquals(Set.of(7L), next().removed());
        work.gone(99);
        assertNull(steps.poll(300, TimeUnit.MILLISECONDS), "a bundle never seen changes nothing");
    }

    @Test
    void aBundleWhoseFilesCannotBeReadIsRejected() throws Exception {
        work.started(new FakeBundle(7, "1.0.0", "测试省", false) {
            @Override
            public Map<String, byte[]> files() throws IOException {
                throw new IOException("zip END header not found");
            }
        });
        ParsedBundle parsed = next().loaded().get(7L);
        assertNull(parsed.catalog());
        assertEquals("cannot read the bundle's catalog files: zip END header not found", parsed.errors().get(0).reason());
    }
}
