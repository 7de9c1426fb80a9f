package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads the fixture folders of this module's tests, with one engine for all of them. */
final class Fixtures {

    private static final CatalogEngine ENGINE = new CatalogEngine();

    private Fixtures() {
    }

    static CatalogEngine engine() {
        return ENGINE;
    }

    static CoreCatalogue core() {
        return ENGINE.core();
    }

    static CatalogParser parser() {
        return ENGINE.parser();
    }

    static Path folder(String name) {
        try {
            return Paths.get(Fixtures.class.getClassLoader().getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    static ParsedBundle parse(String fixture, long id) throws IOException {
        return parser().parse("test." + fixture.replace('/', '.'), "1.0.0", id, files(folder(fixture)));
    }

    /** Parses files given as text: name, text, name, text … */
    static ParsedBundle parseTexts(String bundle, long id, String... nameAndText) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            files.put(nameAndText[i], nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return parser().parse(bundle, "1.0.0", id, files);
    }
}
