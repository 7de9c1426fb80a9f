package io.renshe.catalog.api.overlay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.ItemList;

/**
 * The version of a list as a jurisdiction serves it: a digest of everything served of it (its title, document,
 * entries with their provenance, its own provenance), so that it changes exactly when what is served of the list
 * does — an overlay change, a new version of a bundle, a change in the ancestor that defines it. It is the
 * {@code ETag} of the list's answers, and a change of the list must name it ({@code If-Match}).
 * <p>
 * A pure function of the list: whoever holds the list a jurisdiction serves (from
 * {@code CatalogService#catalog(String)}) computes the version of exactly that list, with no second read that could
 * see a newer one. Computed from the values' text, it is the same on every node running the same version of the
 * platform.
 */
public final class ListVersions {

    private ListVersions() {
    }

    /** The version of a list as served: 20 hexadecimal digits. */
    public static String of(Sourced<ItemList> list) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(list.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Whether an {@code If-Match} value names this version: the version itself, quoted or not, weak ({@code W/}) or
     * not, or one of a comma-separated list of them. {@code *} names none: a change must name the version it saw.
     */
    public static boolean matches(String ifMatch, String version) {
        if (ifMatch == null || version == null) {
            return false;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1);
            }
            if (t.equals(version)) {
                return true;
            }
        }
        return false;
    }
}
