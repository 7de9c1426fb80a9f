package io.renshe.catalog.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.EntityTag;

import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.overlay.ListVersions;

/**
 * The {@code ETag}s of list answers: a list's version ({@link ListVersions}), and for all lists of a jurisdiction a
 * digest of theirs. A version is computed once per list as served (the catalog's lists are immutable snapshots,
 * told apart by identity), the latest {@value #MAX} kept.
 */
final class ListTags {

    static final int MAX = 512;

    private final Map<Key, String> versions = new LinkedHashMap<>(64, 0.75f, true);

    /** The tag of one list. */
    EntityTag of(Sourced<ItemList> list) {
        return new EntityTag(version(list));
    }

    /** The tag of several lists: it changes when any of them does. */
    EntityTag of(List<Sourced<ItemList>> lists) {
        StringBuilder all = new StringBuilder();
        lists.forEach(l -> all.append(l.value().id()).append(':').append(version(l)).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(hash, 0, 10));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String version(Sourced<ItemList> list) {
        Key key = new Key(list);
        synchronized (versions) {
            String known = versions.get(key);
            if (known != null) {
                return known;
            }
        }
        String version = ListVersions.of(list);
        synchronized (versions) {
            versions.put(key, version);
            if (versions.size() > MAX) {
                Iterator<Key> eldest = versions.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return version;
    }

    private static final class Key {
        private final Object list;

        Key(Object list) {
            this.list = list;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }
}
