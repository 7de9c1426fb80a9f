package io.renshe.catalog.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/** Jurisdiction bundle jars as uploads: a valid county, and the hostile ones of issue 12. */
final class Uploads {

    static final String JURISDICTION = "schema: renshe-catalog/1\nkind: jurisdiction\nid: \"341098\"\nname: 测试县\n"
            + "level: district\nparent: \"341000\"\nunits:\n  - {name: 县人社局, type: agency}\n";

    private Uploads() {
    }

    static Manifest manifest(String symbolicName) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=io.renshe.catalog)(version>=1.0.0)(!(version>=2.0.0)))\"");
        main.putValue("Renshe-Catalog", "CATALOG-INF");
        return manifest;
    }

    /** A bundle jar with these catalog files. */
    static byte[] bundle(String symbolicName, Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest(symbolicName))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                jar.putNextEntry(new ZipEntry("CATALOG-INF/" + file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Issue 12's upload: one YAML file holding a comment of {@code megabytes} MiB, about 400 KB as a jar for 400. */
    static byte[] commentBomb(String symbolicName, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest(symbolicName))) {
            jar.setLevel(Deflater.BEST_COMPRESSION);
            jar.putNextEntry(new ZipEntry("CATALOG-INF/jurisdiction.yaml"));
            jar.write((JURISDICTION + "# ").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < megabytes; i++) {
                jar.write(chunk);
            }
            jar.write('\n');
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A jar of {@code entries} tiny entries. */
    static byte[] manyEntries(int entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest("test.many.entries"))) {
            for (int i = 0; i < entries; i++) {
                jar.putNextEntry(new ZipEntry("CATALOG-INF/e" + i + ".txt"));
                jar.write('x');
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
