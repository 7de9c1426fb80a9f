package io.renshe.catalog.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.time.CalendarProblem;

/**
 * The administrator's folder of holiday files ({@code YYYY.json}, holiday-cn format). {@link #refresh()} looks at the
 * names, sizes and modification times only, and reads a file again only when they changed. A file that cannot be
 * used is rejected whole, logged once, and reported as a problem; the last good content of the same file stays in
 * use until it is fixed or removed.
 */
final class HolidayFolder {

    private static final Logger LOG = LoggerFactory.getLogger(HolidayFolder.class);

    private record Stamp(long size, long modified) {
    }

    private record Entry(Stamp stamp, HolidayFile good, CalendarProblem problem) {
    }

    private final Path folder;
    private final HolidayFileReader reader;
    private Map<String, Entry> entries = new TreeMap<>();
    private boolean read;

    HolidayFolder(Path folder, HolidayFileReader reader) {
        this.folder = folder;
        this.reader = reader;
    }

    /**
     * Reads what changed since the last call.
     *
     * @return whether anything changed
     */
    synchronized boolean refresh() {
        Map<String, Stamp> now = list();
        boolean changed = !read;
        read = true;
        Map<String, Entry> next = new TreeMap<>();
        for (Map.Entry<String, Stamp> file : now.entrySet()) {
            String name = file.getKey();
            Entry before = entries.get(name);
            if (before != null && before.stamp().equals(file.getValue())) {
                next.put(name, before);
                continue;
            }
            changed = true;
            next.put(name, load(name, file.getValue(), before));
        }
        if (!next.keySet().equals(entries.keySet())) {
            changed = true;
        }
        entries = next;
        return changed;
    }

    private Entry load(String name, Stamp stamp, Entry before) {
        Path file = folder.resolve(name);
        HolidayFile good = before == null ? null : before.good();
        try (InputStream in = Files.newInputStream(file)) {
            HolidayFile accepted = reader.read(file.toString(), name, in);
            LOG.info("Holiday file {} accepted: {} days of the notice of {}", file, accepted.days().size(),
                    accepted.year());
            return new Entry(stamp, accepted, null);
        } catch (HolidayFileException | IOException e) {
            String reason = e instanceof IOException ? "cannot be read: " + e : e.getMessage();
            LOG.warn("Holiday file {} rejected: {}; {}", file, reason,
                    good == null ? "it is not used" : "its previous content stays in use");
            int year = HolidayFileReader.yearOf(name);
            return new Entry(stamp, good, new CalendarProblem(file.toString(), year < 0 ? null : year, null,
                    "rejected: " + reason + (good == null ? "" : " (its previous content stays in use)")));
        }
    }

    /** The files' stamps; none when the folder does not exist. Hidden files and other names than *.json are ignored. */
    private Map<String, Stamp> list() {
        Map<String, Stamp> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.put(name, new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
                }
            }
        } catch (IOException e) {
            LOG.warn("Holiday folder {} cannot be listed: {}", folder, e.toString());
            return entries.keySet().stream().collect(TreeMap::new,
                    (m, name) -> m.put(name, entries.get(name).stamp()), Map::putAll);
        }
        return files;
    }

    /** The files in use: the accepted ones and the last good content of the rejected ones. */
    synchronized List<HolidayFile> files() {
        List<HolidayFile> files = new ArrayList<>();
        entries.values().forEach(e -> {
            if (e.good() != null) {
                files.add(e.good());
            }
        });
        return files;
    }

    /** The files rejected now. */
    synchronized List<CalendarProblem> problems() {
        List<CalendarProblem> problems = new ArrayList<>();
        entries.values().forEach(e -> {
            if (e.problem() != null) {
                problems.add(e.problem());
            }
        });
        return problems;
    }
}
