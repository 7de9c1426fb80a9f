package io.renshe.catalog.itests;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.osgi.framework.ServiceReference;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the database tests share: the platform's data source file, the health answer, the migrated data source, the
 * log, and the threads of the database.
 *
 * <p>The tests refer to nothing of the store bundle's own package (the constants of {@code PlatformDatabase} are
 * inlined by the compiler), so that refreshing the store does not refresh the test probe.
 */
public abstract class StoreTestSupport extends PlatformTestSupport {

    static final String STORE = "io.renshe.catalog-store";
    static final String CFG = "org.ops4j.datasource-renshe.cfg";
    static final String SCHEMA = io.renshe.catalog.store.PlatformDatabase.SCHEMA;
    static final String HEADER = io.renshe.catalog.store.PlatformDatabase.MIGRATIONS_HEADER;

    @Inject
    protected EventAdmin eventAdmin;

    static Path cfg() {
        return Paths.get(System.getProperty("karaf.etc"), CFG);
    }

    /** The file's text with one setting set (the line replaced, or added at the end). */
    static String setting(String text, String key, String value) {
        String line = key + " = " + value;
        Matcher existing = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        return existing.find() ? existing.replaceFirst(Matcher.quoteReplacement(line)) : text + "\n" + line + "\n";
    }

    /** Writes the file as an administrator would, a moment after the last write so that fileinstall sees a change. */
    static void write(String text) throws Exception {
        Thread.sleep(1100);
        Files.writeString(cfg(), text, StandardCharsets.UTF_8);
    }

    void awaitUp() throws Exception {
        await("health 200 with the database up", () -> {
            Answer answer = get("/api/health");
            return answer.status() == 200 && "up".equals(json(answer).path("database").path("status").asText());
        });
    }

    /**
     * Waits until the public health answers 503 and the administrator's details give the reason; answers the details.
     */
    JsonNode awaitDown(String reasonStart) throws Exception {
        await("health 503 with the reason '" + reasonStart + "…'", () -> get("/api/health").status() == 503
                && details().path("database").path("reason").asText().startsWith(reasonStart));
        return details();
    }

    /** {@code GET /api/health/details}, signed in as the administrator. */
    JsonNode details() throws Exception {
        Answer answer = request("GET", "/api/health/details", null, null, "application/json",
                java.util.Map.of("Authorization", basic(ADMIN, ADMIN_PASSWORD)));
        if (answer.status() != 200) {
            throw new IllegalStateException("GET /api/health/details as the administrator: " + answer.status() + " "
                    + answer.body());
        }
        return json(answer);
    }

    ServiceReference<DataSource> reference(String filter) throws Exception {
        Collection<ServiceReference<DataSource>> found = references(filter);
        return found.isEmpty() ? null : found.iterator().next();
    }

    Collection<ServiceReference<DataSource>> references(String filter) throws Exception {
        return bundleContext.getServiceReferences(DataSource.class, filter);
    }

    ServiceReference<DataSource> awaitReference(String filter) throws Exception {
        await("a data source " + filter, () -> reference(filter) != null);
        return reference(filter);
    }

    /** Something read from the event log service. */
    interface Read<T> {
        T from(io.renshe.catalog.api.event.EventLog log);
    }

    <T> T eventLog(Read<T> read) {
        ServiceReference<io.renshe.catalog.api.event.EventLog> reference =
                bundleContext.getServiceReference(io.renshe.catalog.api.event.EventLog.class);
        org.junit.Assert.assertNotNull("the event log is registered, database up or down", reference);
        try {
            return read.from(bundleContext.getService(reference));
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    /** Posts a platform event through Event Admin, as producers do. */
    void post(String kind, String subject, String detail) {
        eventAdmin.sendEvent(new org.osgi.service.event.Event(io.renshe.catalog.api.event.PlatformEvents.topic(kind),
                io.renshe.catalog.api.event.PlatformEvents.properties(kind, subject, detail)));
    }

    /** The details of the events of a subject in the log, oldest first. */
    java.util.List<String> details(String subject) {
        java.util.List<String> details = new java.util.ArrayList<>();
        for (io.renshe.catalog.api.event.PlatformEvent event : eventLog(log -> log.recent(subject, 500))) {
            details.add(0, event.detail());
        }
        return details;
    }

    static Path log() {
        return Paths.get(System.getProperty("karaf.data"), "log", "karaf.log");
    }

    static long logSize() throws IOException {
        return Files.size(log());
    }

    static List<String> logSince(long mark) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log().toFile(), "r")) {
            long length = file.length();
            if (length < mark) {
                fail("karaf.log rolled over during the test");
            }
            byte[] bytes = new byte[(int) (length - mark)];
            file.seek(mark);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Counts of the threads Derby, HikariCP, the store and the event log run, by name (numbers of timers aside). */
    static Map<String, Integer> databaseThreads() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (name.startsWith("derby.") || name.startsWith("renshe ") || name.equals("renshe-store")
                    || name.equals("renshe-event-log") || name.matches("Timer-\\d+")) {
                counts.merge(name.replaceAll("-\\d+$", "-n"), 1, Integer::sum);
            }
        }
        return counts;
    }

    static List<String> derbyThreads() {
        return databaseThreads().keySet().stream().filter(name -> name.startsWith("derby.")).toList();
    }

    /** The pool's connection adder and closer end 5 s after their last task; wait them out. */
    static void awaitSettled() throws Exception {
        await("the pool settles", () -> databaseThreads().keySet().stream()
                .noneMatch(name -> name.equals("renshe connection adder") || name.equals("renshe connection closer")));
    }
}
