package io.renshe.catalog.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Jurisdiction bundle jars built from the folders under src/test/resources/fixtures, as an administrator has them. */
final class Fixtures {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private Fixtures() {
    }

    /** A resident ID number with its check character, of a person born 1990-01-01 in 屯溪区. */
    static String idNumber(int sequence) {
        String body = String.format("34100219900101%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** Builds {@code target/fixtures/<name>-<version>.jar} from {@code fixtures/<name>/*.yaml}. */
    static Path bundle(String name, String version) throws IOException {
        Path folder;
        try {
            folder = Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("no fixture folder fixtures/" + name, e);
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "io.renshe.jurisdiction.test." + name);
        main.putValue("Bundle-Version", version);
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=io.renshe.catalog)(version>=1.0.0)(!(version>=2.0.0)))\"");
        main.putValue("Renshe-Catalog", "CATALOG-INF");
        Path target = Path.of("target/fixtures");
        Files.createDirectories(target);
        Path jar = target.resolve(name + "-" + version + ".jar");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream stream = new JarOutputStream(out, manifest)) {
            for (Path file : files) {
                stream.putNextEntry(new JarEntry("CATALOG-INF/" + file.getFileName()));
                Files.copy(file, stream);
                stream.closeEntry();
            }
        }
        return jar.toAbsolutePath();
    }
}
