package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The real catalog service over catalog folders, for the tests of other modules (the overlay store): published in
 * this module's test jar.
 */
public final class TestCatalogs {

    private TestCatalogs() {
    }

    /**
     * A catalog service serving the bundles whose catalog folders are given, in order (parents first).
     *
     * @param folders the folders of catalog files, each a bundle
     */
    public static JurisdictionCatalogs of(Path... folders) throws IOException {
        JurisdictionCatalogs catalogs = new JurisdictionCatalogs(Fixtures.engine(), new JarValidation(Fixtures.engine()));
        Map<Long, ParsedBundle> bundles = new LinkedHashMap<>();
        for (int i = 0; i < folders.length; i++) {
            bundles.put((long) i + 1, Fixtures.parser().parse("test." + folders[i].getFileName(), "1.0.0", i + 1,
                    Fixtures.files(folders[i])));
        }
        catalogs.apply(bundles, Set.of());
        return catalogs;
    }

    /** Deploys a bundle again from a folder, as a new version of it (the bundle of that position in {@link #of}). */
    public static void redeploy(JurisdictionCatalogs catalogs, int position, Path folder, String version)
            throws IOException {
        catalogs.apply(Map.of((long) position, Fixtures.parser().parse("test." + folder.getFileName(), version, position,
                Fixtures.files(folder))), Set.of());
    }

    /** Takes the bundle of a position out of service. */
    public static void remove(JurisdictionCatalogs catalogs, int position) {
        catalogs.apply(Map.of(), Set.of((long) position));
    }
}
