package io.renshe.catalog.api.limits;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive from a stream, entry by entry, within the {@link UploadLimits} of its kind: the number of
 * entries, the inflated size of each entry and of all of them, and the ratio of inflated to compressed bytes, checked
 * while inflating so that a zip bomb is stopped after about {@link UploadLimits#RATIO_FLOOR} bytes. An entry not read
 * is inflated through (and counted) when the next one is asked for.
 * <p>
 * Not thread-safe. Past a limit, every method throws {@link LimitExceededException} (413); a broken archive throws an
 * {@link IOException} (a {@link ZipException} or an {@link java.io.EOFException}). A stream that does not start like a
 * zip archive has no entries: {@link #next()} answers {@code null} at once.
 */
public final class ZipGuard implements Closeable {

    /**
     * An entry of the archive.
     *
     * @param name its path in the archive
     * @param directory whether it is a folder
     */
    public record Entry(String name, boolean directory) {
    }

    private final UploadLimits limits;
    private final Counting raw;
    private final ZipInputStream zip;
    private final byte[] buffer = new byte[8192];
    private int entries;
    private long inflated;
    private String entry;
    private long entryStart;
    private long entryInflated;

    ZipGuard(InputStream body, UploadLimits limits) {
        this.limits = limits;
        this.raw = new Counting(body);
        this.zip = new ZipInputStream(raw);
    }

    /**
     * The next entry, after inflating through the rest of this one.
     *
     * @return the entry, or {@code null} at the end of the archive
     * @throws IOException when the stream is no zip archive
     */
    public Entry next() throws IOException {
        if (entry != null) {
            skip();
        }
        ZipEntry next;
        try {
            next = zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            // an entry name that is not UTF-8: the JDK reports it unchecked
            throw new ZipException("an entry name of the archive cannot be read: " + e.getMessage());
        }
        if (next == null) {
            return null;
        }
        if (++entries > limits.maxEntries()) {
            throw limits.tooManyEntries();
        }
        entry = next.getName();
        entryStart = raw.count;
        entryInflated = 0;
        return new Entry(next.getName(), next.isDirectory());
    }

    /**
     * The rest of the current entry, within {@link UploadLimits#maxEntryBytes()}.
     *
     * @return its bytes
     * @throws IOException when the archive is broken
     * @throws IllegalStateException before {@link #next()}
     */
    public byte[] read() throws IOException {
        return read(limits.maxEntryBytes(), null);
    }

    /**
     * The rest of the current entry, within a limit of the caller's as well: a reader of catalog files reads no
     * file larger than {@code yaml.maxDocumentBytes}.
     *
     * @param max bytes at most, besides this kind's limits
     * @param tooLarge what to throw when the entry is larger than {@code max}, or {@code null} for this kind's
     *        {@code maxEntryBytes} exception
     * @return its bytes
     * @throws IOException when the archive is broken
     */
    public byte[] read(long max, LimitExceededException tooLarge) throws IOException {
        requireEntry();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int n = inflate(); n >= 0; n = inflate()) {
            if (entryInflated > max) {
                throw tooLarge != null ? tooLarge : limits.entryTooLarge(entry);
            }
            bytes.write(buffer, 0, n);
        }
        entry = null;
        return bytes.toByteArray();
    }

    /**
     * Inflates through the rest of the current entry, counting it against the limits.
     *
     * @throws IOException when the archive is broken
     */
    public void skip() throws IOException {
        requireEntry();
        while (inflate() >= 0) {
            // counted
        }
        entry = null;
    }

    /** Entries read so far. */
    public int entries() {
        return entries;
    }

    /** Bytes inflated so far, every entry together. */
    public long inflated() {
        return inflated;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void requireEntry() {
        if (entry == null) {
            throw new IllegalStateException("no current entry: call next() first");
        }
    }

    private int inflate() throws IOException {
        int n;
        try {
            n = zip.read(buffer, 0, buffer.length);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ZipException("the archive cannot be read: " + e.getMessage());
        }
        if (n <= 0) {
            return n == 0 ? 0 : -1;
        }
        entryInflated += n;
        inflated += n;
        if (entryInflated > limits.maxEntryBytes()) {
            throw limits.entryTooLarge(entry);
        }
        if (inflated > limits.maxInflatedBytes()) {
            throw limits.inflatedTooLarge();
        }
        if (entryInflated > UploadLimits.RATIO_FLOOR
                && entryInflated > (double) limits.maxRatio() * Math.max(1, raw.count - entryStart)) {
            throw limits.ratioTooHigh(entry);
        }
        if (inflated > UploadLimits.RATIO_FLOOR && inflated > (double) limits.maxRatio() * Math.max(1, raw.count)) {
            throw limits.ratioTooHigh(null);
        }
        return n;
    }

    /** Counts the compressed bytes the inflater takes. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
