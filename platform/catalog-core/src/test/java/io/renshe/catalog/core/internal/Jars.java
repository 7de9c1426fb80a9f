package io.renshe.catalog.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/** Jurisdiction bundle jars for the tests, well-formed or hostile. */
final class Jars {

    private Jars() {
    }

    static Manifest manifest(String symbolicName) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(BundleFiles.HEADER, "CATALOG-INF");
        return manifest;
    }

    /** A bundle jar with these catalog files (names in CATALOG-INF/, texts as UTF-8). */
    static byte[] bundle(String symbolicName, Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest(symbolicName))) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                jar.putNextEntry(new ZipEntry("CATALOG-INF/" + file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The upload of issue 12: a jurisdiction bundle whose one YAML file holds a comment of {@code megabytes} MiB,
     * deflated to about a thousandth of that.
     */
    static byte[] commentBomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest("test.comment.bomb"))) {
            jar.setLevel(Deflater.BEST_COMPRESSION);
            jar.putNextEntry(new ZipEntry("CATALOG-INF/jurisdiction.yaml"));
            jar.write("schema: renshe-catalog/1\nkind: jurisdiction\nid: \"990000\"\nname: 测试省\nlevel: province\n# "
                    .getBytes(StandardCharsets.UTF_8));
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
}
