package io.renshe.catalog.rest.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers of the catalog written to JSON by the API's mapper, kept while the catalog snapshot they were written from
 * is current. The catalog service answers from immutable snapshots that are replaced, never changed, so an answer is
 * keyed by the identity of its snapshot and the request; a new snapshot simply misses. Bounded by the bytes held,
 * least recently used first out.
 */
final class JsonCache {

    private final ObjectMapper mapper;
    private final long maxBytes;
    private final Map<Key, WrittenJson> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    JsonCache(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /** The answer to {@code request} on {@code snapshot}, written when missing. */
    WrittenJson get(Object snapshot, String request, Supplier<?> answer) {
        Key key = new Key(snapshot, request);
        synchronized (this) {
            WrittenJson cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        WrittenJson written = WrittenJson.of(mapper, answer.get());
        if (written.size() > maxBytes / 4) {
            return written;
        }
        synchronized (this) {
            WrittenJson before = entries.put(key, written);
            bytes += written.size() - (before == null ? 0 : before.size());
            Iterator<WrittenJson> eldest = entries.values().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().size();
                eldest.remove();
            }
        }
        return written;
    }

    synchronized int size() {
        return entries.size();
    }

    private static final class Key {
        private final Object snapshot;
        private final String request;

        Key(Object snapshot, String request) {
            this.snapshot = snapshot;
            this.request = request;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.snapshot == snapshot && key.request.equals(request);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(snapshot) + request.hashCode();
        }
    }
}
