package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class JsonCacheTest {

    @Test
    void writesOncePerSnapshotAndRequest() {
        JsonCache cache = new JsonCache(1_000);
        AtomicInteger writes = new AtomicInteger();
        Object snapshot = new Object();
        assertEquals("a1", cache.get(snapshot, "q", () -> "a" + writes.incrementAndGet()));
        assertEquals("a1", cache.get(snapshot, "q", () -> "a" + writes.incrementAndGet()));
        assertEquals("a2", cache.get(snapshot, "other", () -> "a" + writes.incrementAndGet()));
        assertEquals("a3", cache.get(new Object(), "q", () -> "a" + writes.incrementAndGet()), "a new snapshot misses");
        assertEquals(3, writes.get());
    }

    @Test
    void aSnapshotThatEqualsButIsNotTheSameMisses() {
        JsonCache cache = new JsonCache(1_000);
        assertEquals("x", cache.get("snapshot", "q", () -> "x"));
        assertEquals("y", cache.get(new String("snapshot"), "q", () -> "y"));
    }

    @Test
    void boundedByCharactersLeastRecentlyUsedFirst() {
        JsonCache cache = new JsonCache(40);
        Object s = new Object();
        cache.get(s, "a", () -> "0123456789");
        cache.get(s, "b", () -> "0123456789");
        cache.get(s, "c", () -> "0123456789");
        cache.get(s, "a", () -> "fresh");                 // a is used again: b is now the eldest
        cache.get(s, "d", () -> "0123456789");
        cache.get(s, "e", () -> "0123456789");
        assertEquals(4, cache.size());
        assertEquals("0123456789", cache.get(s, "a", () -> "rewritten"), "a was kept");
        assertEquals("rewritten", cache.get(s, "b", () -> "rewritten"), "b was dropped");
        assertEquals("x".repeat(11), cache.get(s, "big", () -> "x".repeat(11)));
        assertEquals("y", cache.get(s, "big", () -> "y"), "an answer over a quarter of the bound is not kept");
    }
}
