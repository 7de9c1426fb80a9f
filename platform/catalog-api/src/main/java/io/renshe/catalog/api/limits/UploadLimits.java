package io.renshe.catalog.api.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Limits of one kind of upload ({@code jar}): the size of the body and, when the body is a zip archive (a bundle jar),
 * what it may inflate to. Every limit is named in messages as
 * {@code <kind>.<limit>}, as {@value InputLimits#FILE} writes it.
 *
 * @param kind the kind of upload, the prefix of its settings ({@code jar})
 * @param maxBodyBytes bytes of the body as sent ({@code <kind>.maxBodyBytes})
 * @param maxInflatedBytes bytes of every entry of the archive together, inflated ({@code <kind>.maxInflatedBytes})
 * @param maxEntryBytes bytes of one entry, inflated ({@code <kind>.maxEntryBytes})
 * @param maxEntries entries of the archive, folders included ({@code <kind>.maxEntries})
 * @param maxRatio how many times its compressed size an entry, or the archive, may inflate to once it is past
 *        {@link #RATIO_FLOOR} bytes ({@code <kind>.maxRatio})
 */
public record UploadLimits(String kind, long maxBodyBytes, long maxInflatedBytes, long maxEntryBytes, int maxEntries,
        int maxRatio) {

    /** Inflated bytes below which the compression ratio is not checked: small files of repeated text compress well. */
    public static final long RATIO_FLOOR = 1024 * 1024;

    /**
     * Checks the kind and that every limit is positive.
     *
     * @throws IllegalArgumentException for a kind that is no lower-case word or a limit below 1
     */
    public UploadLimits {
        if (kind == null || !kind.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("the kind of an upload is a lower-case word: " + kind);
        }
        if (maxBodyBytes < 1 || maxInflatedBytes < 1 || maxEntryBytes < 1 || maxEntries < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("the limits of " + kind + " uploads are positive");
        }
    }

    /**
     * Refuses a body whose declared length is past {@link #maxBodyBytes()}, before any of it is read.
     *
     * @param contentLength the request's {@code Content-Length}, or a negative number when it is not given
     * @throws LimitExceededException (413) past the limit
     */
    public void checkContentLength(long contentLength) {
        if (contentLength > maxBodyBytes) {
            throw bodyTooLarge();
        }
    }

    /**
     * The body, read no further than {@link #maxBodyBytes()}: one byte more throws.
     *
     * @param body the body as sent
     * @return a stream that throws {@link LimitExceededException} (413) once more than the limit is read
     */
    public InputStream bounded(InputStream body) {
        return new Bounded(body, this);
    }

    /**
     * Reads the body as a zip archive, entry by entry, within every limit of this kind (the body's size included).
     *
     * @param body the body as sent
     * @return the archive's reader; close it
     */
    public ZipGuard zip(InputStream body) {
        return new ZipGuard(bounded(body), this);
    }

    /**
     * Checks a zip file on disk against these limits from its central directory (declared sizes, entry count), without
     * inflating anything. The sizes a zip file declares can lie: read its entries through {@link #zip(InputStream)} or
     * within {@link #maxEntryBytes()} all the same.
     *
     * @param file a zip file
     * @throws LimitExceededException (413) past a limit
     * @throws IOException when the file is no readable zip file
     */
    public void inspect(Path file) throws IOException {
        if (Files.size(file) > maxBodyBytes) {
            throw bodyTooLarge();
        }
        long inflated = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw tooManyEntries();
                }
                long size = Math.max(0, entry.getSize());
                if (size > maxEntryBytes) {
                    throw entryTooLarge(entry.getName());
                }
                if (size > RATIO_FLOOR && entry.getCompressedSize() >= 0
                        && size > (double) maxRatio * Math.max(1, entry.getCompressedSize())) {
                    throw ratioTooHigh(entry.getName());
                }
                inflated += size;
                if (inflated > maxInflatedBytes) {
                    throw inflatedTooLarge();
                }
            }
        }
    }

    /** The name of one of these limits as the configuration file writes it: {@code jar.maxEntries}. */
    String name(String limit) {
        return kind + "." + limit;
    }

    LimitExceededException bodyTooLarge() {
        return exceeded("maxBodyBytes", maxBodyBytes, "The upload is larger than " + bytes(maxBodyBytes));
    }

    LimitExceededException inflatedTooLarge() {
        return exceeded("maxInflatedBytes", maxInflatedBytes, "The archive inflates to more than " + bytes(maxInflatedBytes));
    }

    LimitExceededException entryTooLarge(String entry) {
        return exceeded("maxEntryBytes", maxEntryBytes, "Entry " + entry + " of the archive inflates to more than "
                + bytes(maxEntryBytes));
    }

    LimitExceededException tooManyEntries() {
        return exceeded("maxEntries", maxEntries, "The archive has more than " + maxEntries + " entries");
    }

    LimitExceededException ratioTooHigh(String entry) {
        return exceeded("maxRatio", maxRatio, (entry == null ? "The archive" : "Entry " + entry + " of the archive")
                + " inflates to more than " + maxRatio + " times its compressed size");
    }

    private LimitExceededException exceeded(String limit, long value, String what) {
        return new LimitExceededException(name(limit), value, LimitExceededException.TOO_LARGE,
                what + " (limit " + name(limit) + " = " + value + " in " + InputLimits.FILE + ")");
    }

    /** Bytes for a person: {@code 20 MiB}, {@code 512 KiB}, {@code 300 bytes}. */
    static String bytes(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MiB";
        }
        if (n >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
        }
        if (n >= 1024 && n % 1024 == 0) {
            return n / 1024 + " KiB";
        }
        return n + " bytes";
    }

    /** A body read within {@link #maxBodyBytes()}. */
    private static final class Bounded extends FilterInputStream {
        private final UploadLimits limits;
        private long read;

        Bounded(InputStream in, UploadLimits limits) {
            super(in);
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long n) {
            read += n;
            if (read > limits.maxBodyBytes()) {
                throw limits.bodyTooLarge();
            }
        }
    }
}
