package io.renshe.catalog.api.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadLimitsTest {

    /** Small limits, so that every one is easy to pass: 64 KiB sent, 4 MiB inflated, 2 MiB an entry, 5 entries, ratio 20. */
    static final UploadLimits SMALL = new UploadLimits("jar", 64 * 1024, 4 * 1024 * 1024, 2 * 1024 * 1024, 5, 20);

    @TempDir
    Path folder;

    private static LimitExceededException readAll(UploadLimits limits, byte[] zip) {
        return assertThrows(LimitExceededException.class, () -> {
            try (ZipGuard guard = limits.zip(new ByteArrayInputStream(zip))) {
                for (ZipGuard.Entry entry = guard.next(); entry != null; entry = guard.next()) {
                    guard.read();
                }
            }
        });
    }

    @Test
    void anArchiveWithinTheLimitsIsReadWhole() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        entries.put("CATALOG-INF/jurisdiction.yaml", "id: \"341000\"\n".getBytes(StandardCharsets.UTF_8));
        try (ZipGuard guard = SMALL.zip(new ByteArrayInputStream(Zips.of(entries)))) {
            assertEquals(new ZipGuard.Entry("META-INF/MANIFEST.MF", false), guard.next());
            guard.skip();
            assertEquals("CATALOG-INF/jurisdiction.yaml", guard.next().name());
            assertArrayEquals("id: \"341000\"\n".getBytes(StandardCharsets.UTF_8), guard.read());
            assertNull(guard.next());
            assertEquals(2, guard.entries());
            assertEquals(35, guard.inflated());
        }
    }

    @Test
    void theBodyIsReadNoFurtherThanItsLimit() throws IOException {
        InputStream body = SMALL.bounded(new ByteArrayInputStream(new byte[64 * 1024 + 1]));
        assertEquals(64 * 1024, body.readNBytes(64 * 1024).length);
        LimitExceededException refused = assertThrows(LimitExceededException.class, body::read);
        assertEquals("jar.maxBodyBytes", refused.limit());
        assertEquals(413, refused.status());
        assertEquals("The upload is larger than 64 KiB (limit jar.maxBodyBytes = 65536 in etc/io.renshe.limits.cfg)",
                refused.getMessage());
        assertEquals("jar.maxBodyBytes", assertThrows(LimitExceededException.class,
                () -> SMALL.checkContentLength(64 * 1024 + 1)).limit());
        SMALL.checkContentLength(64 * 1024);
        SMALL.checkContentLength(-1);
    }

    @Test
    void aZipBombIsStoppedAfterAboutAMegabyte() throws IOException {
        byte[] bomb = Zips.bomb("CATALOG-INF/list.yaml", 100, (byte) '#');
        assertTrue(bomb.length < 120 * 1024, "100 MiB deflate to " + bomb.length + " bytes");
        UploadLimits generous = new UploadLimits("jar", 20L * 1024 * 1024, 1024L * 1024 * 1024, 1024L * 1024 * 1024, 1000, 100);
        LimitExceededException refused = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> readAll(generous, bomb));
        assertEquals("jar.maxRatio", refused.limit());
        assertEquals("Entry CATALOG-INF/list.yaml of the archive inflates to more than 100 times its compressed size "
                + "(limit jar.maxRatio = 100 in etc/io.renshe.limits.cfg)", refused.getMessage());
    }

    @Test
    void entriesInflatedSizesAndCountAreLimited() throws IOException {
        byte[] random = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(random);
        UploadLimits wide = new UploadLimits("jar", 16L * 1024 * 1024, 4 * 1024 * 1024, 2 * 1024 * 1024, 5, 20);
        assertEquals("jar.maxEntryBytes", readAll(wide, Zips.of(Map.of("CATALOG-INF/list.yaml", random))).limit());

        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("a", java.util.Arrays.copyOf(random, 2 * 1024 * 1024));
        two.put("b", java.util.Arrays.copyOfRange(random, 1024 * 1024, 3 * 1024 * 1024));
        two.put("c", new byte[1024]);
        LimitExceededException inflated = readAll(wide, Zips.of(two));
        assertEquals("jar.maxInflatedBytes", inflated.limit());
        assertEquals("The archive inflates to more than 4 MiB (limit jar.maxInflatedBytes = 4194304 in "
                + "etc/io.renshe.limits.cfg)", inflated.getMessage());

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            many.put("f" + i, new byte[] {1});
        }
        LimitExceededException entries = readAll(SMALL, Zips.of(many));
        assertEquals("jar.maxEntries", entries.limit());
        assertEquals("The archive has more than 5 entries (limit jar.maxEntries = 5 in etc/io.renshe.limits.cfg)",
                entries.getMessage());
    }

    @Test
    void entriesNotReadAreCountedAsTheyAreSkipped() throws IOException {
        byte[] bomb = Zips.bomb("readme.txt", 30, (byte) 0);
        LimitExceededException refused = assertThrows(LimitExceededException.class, () -> {
            try (ZipGuard guard = SMALL.zip(new ByteArrayInputStream(bomb))) {
                while (guard.next() != null) {
                    // never read, only skipped
                }
            }
        });
        assertEquals("jar.maxRatio", refused.limit());
    }

    @Test
    void aCallerLimitNamesItsOwnLimit() throws IOException {
        LimitExceededException own = YamlLimits.exceeded("maxDocumentBytes", 10, "list.yaml is larger than 10 bytes");
        try (ZipGuard guard = SMALL.zip(new ByteArrayInputStream(Zips.of(Map.of("list.yaml", new byte[11]))))) {
            guard.next();
            assertEquals(own, assertThrows(LimitExceededException.class, () -> guard.read(10, own)));
        }
    }

    @Test
    void aBrokenArchiveIsAnIoErrorAndNoZipAtAllHasNoEntries() throws IOException {
        byte[] zip = Zips.of(Map.of("CATALOG-INF/list.yaml", new byte[5000]));
        assertThrows(IOException.class, () -> {
            try (ZipGuard guard = SMALL.zip(new ByteArrayInputStream(java.util.Arrays.copyOf(zip, 40)))) {
                guard.next();
                guard.read();
            }
        });
        byte[] badName = zip.clone();
        badName[30] = (byte) 0xC3; // the first byte of the entry's name: no UTF-8 with the byte after it
        badName[31] = (byte) 0x28;
        assertThrows(ZipException.class, () -> {
            try (ZipGuard guard = SMALL.zip(new ByteArrayInputStream(badName))) {
                guard.next();
            }
        });
        try (ZipGuard guard = SMALL.zip(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)))) {
            assertNull(guard.next());
        }
    }

    @Test
    void aZipFileOnDiskIsInspectedFromItsDirectory() throws IOException {
        Path bomb = Files.write(folder.resolve("bomb.jar"), Zips.bomb("CATALOG-INF/list.yaml", 3, (byte) ' '));
        LimitExceededException refused = assertThrows(LimitExceededException.class, () -> SMALL.inspect(bomb));
        assertEquals("jar.maxEntryBytes", refused.limit());
        UploadLimits wide = new UploadLimits("jar", 1024 * 1024, 64L * 1024 * 1024, 64L * 1024 * 1024, 10, 100);
        assertEquals("jar.maxRatio", assertThrows(LimitExceededException.class, () -> wide.inspect(bomb)).limit());
        Path fine = Files.write(folder.resolve("fine.jar"), Zips.of(Map.of("a.yaml", new byte[100])));
        SMALL.inspect(fine);
    }

    @Test
    void limitsArePositive() {
        assertThrows(IllegalArgumentException.class, () -> new UploadLimits("jar", 0, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new UploadLimits("Jar", 1, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new YamlLimits(1, 0, 1, 1, 1));
        assertEquals(InputLimits.JAR_DEFAULTS, InputLimits.defaults().jar());
        assertEquals("20 MiB", UploadLimits.bytes(InputLimits.JAR_DEFAULTS.maxBodyBytes()));
    }
}
