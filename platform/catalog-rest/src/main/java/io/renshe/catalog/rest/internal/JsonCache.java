package io.renshe.catalog.rest.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Written JSON of catalog answers, kept while the catalog snapshot it was written from is current. The catalog
 * service answers from immutable snapshots that are replaced, never changed, so an answer is keyed by the identity
 * of its snapshot and the request; a new snapshot simply misses. Bounded by the characters held, least recently
 * used first out.
 */
final class JsonCache {

    private final long maxChars;
    private final Map<Key, String> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    JsonCache(long maxChars) {
        this.maxChars = maxChars;
    }

    /** The JSON of the answer to {@code request} on {@code snapshot}, written by {@code writer} when missing. */
    String get(Object snapshot, String request, Supplier<String> writer) {
        Key key = new Key(snapshot, request);
        synchronized (this) {
            String cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        String written = writer.get();
        if (written.length() > maxChars / 4) {
            return written;
        }
        synchronized (this) {
            String before = entries.put(key, written);
            chars += written.length() - (before == null ? 0 : before.length());
            Iterator<String> eldest = entries.values().iterator();
            while (chars > maxChars && eldest.hasNext()) {
                chars -= eldest.next().length();
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
