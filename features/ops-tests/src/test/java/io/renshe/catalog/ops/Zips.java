package io.renshe.catalog.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Zip archives (xlsx workbooks) taken apart and put together again. */
final class Zips {

    private Zips() {
    }

    /**
     * The entries of an archive, in the order of its central directory (read as Excel reads it: the platform's xlsx
     * export declares no sizes in its local headers, which {@link java.util.zip.ZipInputStream} refuses).
     */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try {
            Path file = Files.createTempFile("ops-fuzz-", ".zip");
            try (ZipFile archive = new ZipFile(Files.write(file, zip).toFile())) {
                for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                    try (InputStream in = archive.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** An archive of these entries. */
    static byte[] of(Map<String, byte[]> entries) {
        return padded(entries, null, null, 0, null);
    }

    /**
     * An archive of these entries, entry {@code padded} written as {@code head}, {@code blanks} spaces, {@code tail}
     * (best compression: a zip bomb of a well-formed document).
     */
    static byte[] padded(Map<String, byte[]> entries, String padded, byte[] head, int blanks, byte[] tail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals(padded)) {
                    zip.write(head);
                    byte[] chunk = new byte[1024 * 1024];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    for (int left = blanks; left > 0; left -= chunk.length) {
                        zip.write(chunk, 0, Math.min(left, chunk.length));
                    }
                    zip.write(tail);
                } else {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
