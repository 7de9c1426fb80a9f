package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class JsonCacheTest {

    private final ObjectMapper mapper = JsonConvention.mapper();

    @Test
    void writesOncePerSnapshotAndRequest() {
        JsonCache cache = new JsonCache(mapper, 1_000);
        AtomicInteger writes = new AtomicInteger();
        Object snapshot = new Object();
        assertEquals("[\"a\",1]", cache.get(snapshot, "q", () -> List.of("a", writes.incrementAndGet())).toString());
        assertEquals("[\"a\",1]", cache.get(snapshot, "q", () -> List.of("a", writes.incrementAndGet())).toString());
        assertEquals("[\"a\",2]", cache.get(snapshot, "other", () -> List.of("a", writes.incrementAndGet())).toString());
        assertEquals("[\"a\",3]", cache.get(new Object(), "q", () -> List.of("a", writes.incrementAndGet())).toString(),
                "a new snapshot misses");
        assertEquals(3, writes.get());
    }

    @Test
    void aSnapshotThatEqualsButIsNotTheSameMisses() {
        JsonCache cache = new JsonCache(mapper, 1_000);
        assertEquals("\"x\"", cache.get("snapshot", "q", () -> "x").toString());
        assertEquals("\"y\"", cache.get(new String("snapshot"), "q", () -> "y").toString());
    }

    @Test
    void boundedByBytesLeastRecentlyUsedFirst() {
        JsonCache cache = new JsonCache(mapper, 48);
        Object s = new Object();
        String ten = "0123456789";                          // 12 bytes of JSON with its quotes
        cache.get(s, "a", () -> ten);
        cache.get(s, "b", () -> ten);
        cache.get(s, "c", () -> ten);
        WrittenJson a = cache.get(s, "a", () -> "fresh");  // a is used again: b is now the eldest
        cache.get(s, "d", () -> ten);
        cache.get(s, "e", () -> ten);
        assertEquals(4, cache.size());
        assertSame(a, cache.get(s, "a", () -> "rewritten"), "a was kept");
        assertEquals("\"rewritten\"", cache.get(s, "b", () -> "rewritten").toString(), "b was dropped");
        assertEquals("\"" + "x".repeat(11) + "\"", cache.get(s, "big", () -> "x".repeat(11)).toString());
        assertEquals("\"y\"", cache.get(s, "big", () -> "y").toString(), "an answer over a quarter of the bound is not kept");
    }

    @Test
    void aWrittenAnswerIsWrittenAgainAsItIs() throws Exception {
        WrittenJson written = WrittenJson.of(mapper, List.of("黄山市", 341000));
        assertEquals("{\"answer\":[\"黄山市\",341000]}", mapper.writeValueAsString(java.util.Map.of("answer", written)));
        assertEquals("[\"黄山市\",341000]", new String(mapper.writeValueAsBytes(written), java.nio.charset.StandardCharsets.UTF_8));
    }
}
