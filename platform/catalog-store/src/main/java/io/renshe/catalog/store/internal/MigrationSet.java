package io.renshe.catalog.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;

import io.renshe.catalog.store.PlatformDatabase;

/**
 * The migration scripts of one track, as one bundle ships them: file name to text. Read once when the bundle starts,
 * so that an update of the bundle is seen as a new set.
 *
 * @param track the track name
 * @param owner who ships them, for messages ({@code io.renshe.catalog-store 0.1.0})
 * @param scripts file name to text
 * @param problem why the set cannot be used (a malformed header), or {@code null}
 */
record MigrationSet(String track, String owner, Map<String, String> scripts, String problem) {

    static final Pattern TRACK = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    private static final Pattern FILE = Pattern.compile("V([1-9][0-9]{0,8})__([A-Za-z0-9_]+)(?:\\.([a-z][a-z0-9]*))?\\.sql");

    MigrationSet {
        scripts = Collections.unmodifiableMap(new TreeMap<>(scripts));
    }

    static MigrationSet of(String track, String owner, Map<String, String> scripts) {
        return new MigrationSet(track, owner, scripts, null);
    }

    /** The set a bundle declares with {@link PlatformDatabase#MIGRATIONS_HEADER}, or {@code null} without the header. */
    static MigrationSet fromBundle(Bundle bundle) {
        String header = bundle.getHeaders("").get(PlatformDatabase.MIGRATIONS_HEADER);
        if (header == null) {
            return null;
        }
        String owner = bundle.getSymbolicName() + " " + bundle.getVersion();
        String[] parts = header.split(";");
        String folder = parts[0].strip();
        String track = null;
        for (int i = 1; i < parts.length; i++) {
            String[] attribute = parts[i].split(":?=", 2);
            if (attribute.length == 2 && "track".equals(attribute[0].strip())) {
                track = attribute[1].strip().replace("\"", "");
            }
        }
        if (track == null || !TRACK.matcher(track).matches()) {
            return new MigrationSet(String.valueOf(track), owner, Map.of(), "bundle " + owner + ": header "
                    + PlatformDatabase.MIGRATIONS_HEADER + " '" + header + "' does not name a track: write <folder>;track=<name>"
                    + " with a lower-case name");
        }
        Map<String, String> scripts = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String path = entry.getPath();
            try (InputStream in = entry.openStream()) {
                scripts.put(path.substring(path.lastIndexOf('/') + 1), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new MigrationSet(track, owner, Map.of(), "track " + track + ": cannot read " + path + " of bundle "
                        + owner + ": " + e.getMessage());
            }
        }
        if (scripts.isEmpty()) {
            return new MigrationSet(track, owner, Map.of(), "track " + track + ": bundle " + owner + " has no migration in "
                    + folder + " (header " + PlatformDatabase.MIGRATIONS_HEADER + ")");
        }
        return of(track, owner, scripts);
    }

    /**
     * The migrations in order, each as it applies to {@code dialect}: a file {@code V<n>__<d>.<dialect>.sql} wins over
     * the plain {@code V<n>__<d>.sql}.
     */
    List<Migration> resolve(String dialect) throws MigrationException {
        if (problem != null) {
            throw new MigrationException(problem);
        }
        Map<Integer, Map<String, String>> byVersion = new TreeMap<>();
        Map<Integer, String> descriptions = new TreeMap<>();
        for (String file : scripts.keySet()) {
            Matcher m = FILE.matcher(file);
            if (!m.matches()) {
                throw new MigrationException("track " + track + ": " + file + " of " + owner
                        + " is not named V<n>__<description>.sql or V<n>__<description>.<dialect>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            String description = m.group(2);
            String previous = descriptions.putIfAbsent(version, description);
            if (previous != null && !previous.equals(description)) {
                throw new MigrationException("track " + track + ": V" + version + " of " + owner + " has two descriptions, "
                        + previous + " and " + description);
            }
            byVersion.computeIfAbsent(version, v -> new TreeMap<>()).put(m.group(3) == null ? "" : m.group(3), file);
        }
        List<Migration> result = new ArrayList<>();
        int expected = 1;
        for (Map.Entry<Integer, Map<String, String>> entry : byVersion.entrySet()) {
            int version = entry.getKey();
            if (version != expected) {
                throw new MigrationException("track " + track + ": " + owner + " has no migration V" + expected
                        + " before V" + version + " (versions run 1, 2, 3 … without gaps)");
            }
            Map<String, String> variants = entry.getValue();
            String file = variants.containsKey(dialect) ? variants.get(dialect) : variants.get("");
            if (file == null) {
                throw new MigrationException("track " + track + ": V" + version + " of " + owner + " has no script for "
                        + dialect + ", only " + String.join(", ", variants.values()));
            }
            result.add(new Migration(track, version, descriptions.get(version).replace('_', ' '), file,
                    Migration.normalise(scripts.get(file))));
            expected++;
        }
        return result;
    }
}
