package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the fixture folders of this module's tests. */
final class Fixtures {

    private static final CoreCatalogue CORE = CoreCatalogue.load(Fixtures.class.getClassLoader());

    private Fixtures() {
    }

    static CoreCatalogue core() {
        return CORE;
    }

    static Path folder(String name) {
        try {
            return Paths.get(Fixtures.class.getClassLoader().getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static ParsedBundle parse(String fixture, long id) throws IOException {
        return new CatalogParser(CORE).parse("test." + fixture.replace('/', '.'), "1.0.0", id, files(folder(fixture)));
    }
}
