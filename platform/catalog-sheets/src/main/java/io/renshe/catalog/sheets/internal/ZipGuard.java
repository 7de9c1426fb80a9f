package io.renshe.catalog.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import io.renshe.catalog.rest.Problem;

/**
 * Checks an xlsx archive before anything reads it: the number of entries, duplicate names, the size every entry
 * declares and the bytes it really inflates to, in total and in ratio to its compressed size. The archive is read
 * through its central directory with the same zip library the xlsx reader uses, so both see the same entries. Every
 * entry is inflated once here, counting, and the check stops at the first byte past a limit: a zip bomb costs at most
 * {@link SheetLimits#maxInflatedBytes()} of inflating, a fraction of a second.
 */
final class ZipGuard {

    private ZipGuard() {
    }

    /** @throws Problem 422 naming the limit an archive goes past, or saying it is not a readable zip archive */
    static void check(byte[] body, SheetLimits limits) {
        int declared = declaredEntries(body);
        if (declared > limits.maxZipEntries()) {
            throw refused("The xlsx file holds " + declared + " files; an xlsx may hold " + limits.maxZipEntries()
                    + " (max.zip.entries)");
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(body)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > limits.maxZipEntries()) {
                throw refused("The xlsx file holds " + entries.size() + " files; an xlsx may hold "
                        + limits.maxZipEntries() + " (max.zip.entries)");
            }
            Set<String> names = new HashSet<>();
            for (ZipArchiveEntry entry : entries) {
                if (!names.add(entry.getName())) {
                    throw refused("The xlsx file holds " + entry.getName() + " twice");
                }
                if (entry.getSize() > limits.maxInflatedBytes()) {
                    throw inflatesTooMuch(entry.getName(), limits);
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (total > limits.maxInflatedBytes()) {
                            throw inflatesTooMuch(entry.getName(), limits);
                        }
                        if (inflated > SheetLimits.RATIO_GRACE_BYTES
                                && inflated / compressed > limits.maxCompressionRatio()) {
                            throw refused("The xlsx file's " + entry.getName() + " inflates more than "
                                    + limits.maxCompressionRatio() + " times its compressed size of " + compressed
                                    + " bytes: a zip bomb? (max.compression.ratio)");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            throw refused("The file is not a readable xlsx (zip) file: " + e.getMessage());
        }
    }

    /**
     * The number of entries the end of central directory record declares, read before the directory itself is
     * parsed; -1 when there is no such record or it defers to ZIP64.
     */
    static int declaredEntries(byte[] body) {
        for (int at = body.length - 22; at >= 0 && at >= body.length - 22 - 0xFFFF; at--) {
            if (body[at] == 0x50 && body[at + 1] == 0x4B && body[at + 2] == 0x05 && body[at + 3] == 0x06) {
                int entries = (body[at + 10] & 0xFF) | (body[at + 11] & 0xFF) << 8;
                return entries == 0xFFFF ? -1 : entries;
            }
        }
        return -1;
    }

    private static Problem inflatesTooMuch(String entry, SheetLimits limits) {
        return refused("The xlsx file inflates to more than " + limits.maxInflatedBytes() + " bytes (at " + entry
                + "; max.inflated.bytes)");
    }

    private static Problem refused(String detail) {
        return Sheets.fileProblem(detail);
    }
}
