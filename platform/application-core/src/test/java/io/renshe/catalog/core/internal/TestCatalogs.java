package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.renshe.catalog.api.CatalogService;

/**
 * The platform's real catalog service for the application tests, with jurisdiction bundles read from their
 * source folders ({@code jurisdictions/<name>/src/main/catalog}) as the extender would deploy them.
 */
public final class TestCatalogs {

    private TestCatalogs() {
    }

    /** The catalog service with these jurisdiction modules deployed (ancestors included by the caller). */
    public static CatalogService of(Path repository, String... modules) throws IOException {
        CatalogEngine engine = new CatalogEngine();
        JurisdictionCatalogs catalogs = new JurisdictionCatalogs(engine, new JarValidation(engine));
        Map<Long, ParsedBundle> bundles = new LinkedHashMap<>();
        long id = 1;
        for (String module : modules) {
            Path folder = repository.resolve("jurisdictions").resolve(module).resolve("src/main/catalog");
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> list = Files.list(folder)) {
                for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
            bundles.put(id, engine.parser().parse("io.renshe.jurisdiction." + module, "1.0.0", id, files));
            id++;
        }
        catalogs.apply(bundles, Set.of());
        return catalogs;
    }
}
