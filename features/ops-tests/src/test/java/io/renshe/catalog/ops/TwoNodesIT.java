package io.renshe.catalog.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.testing.postgresql.PostgresServer;

/**
 * Two nodes on one PostgreSQL, as docs/cluster.md sets them up: two distributions unpacked from the built
 * {@code .tar.gz}, started with {@code bin/start} on their own ports, both with the PostgreSQL driver feature and the
 * same database; started once for the class (startup is the slow part), the tests in their order:
 * <ol>
 * <li>both serve on PostgreSQL; {@code GET /api/cluster} shows both alive and no drift; an office's change written on
 * either node is served by the other within a second (the overlays' change feed), and both give the list the same
 * version;</li>
 * <li>applications submitted concurrently on both nodes: each acknowledged one readable on both, every number distinct,
 * as many in the database as acknowledged;</li>
 * <li>{@code kill -9} of one node during a stream of overlay writes and submissions on it: every acknowledged write is
 * served by the other node at once and by the killed one after its restart;</li>
 * <li>nginx in front, configured with the example of docs/cluster.md: requests answered by both nodes in turn, a write
 * read back through it, and, with one node stopped, still answered.</li>
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final String OFFICE = "yeji-office";
    private static final String OFFICE_PASSWORD = "Two-Nodes-Passphrase-2026";
    private static final String LIST = "/api/jurisdictions/341504/lists/village-platform";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ADMIN = basic(Installed.ADMIN, Installed.ADMIN_PASSWORD);

    private Path target;
    private PostgresServer database;
    private Installed a;
    private Installed b;

    @BeforeAll
    void startTwoNodes() throws IOException, InterruptedException {
        target = Paths.get(System.getProperty("renshe.work")).getParent().resolve("two-nodes");
        database = PostgresServer.start(target.resolve("postgresql"));
        database.createDatabase("renshe");
        a = Installed.install(target.resolve("node-a"), home -> node(home, "node-a", database));
        b = Installed.install(target.resolve("node-b"), home -> node(home, "node-b", database));
    }

    @AfterAll
    void stopTwoNodes() throws IOException, InterruptedException {
        try {
            for (Installed node : java.util.Arrays.asList(b, a)) {
                if (node != null && node.status() == 0) {
                    node.stop();
                }
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    private static void node(Path home, String id, PostgresServer database) throws IOException {
        Path datasource = home.resolve("etc/org.ops4j.datasource-renshe.cfg");
        Installed.setting(datasource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        Installed.setting(datasource, "url", database.url("renshe"));
        Installed.setting(datasource, "user", PostgresServer.USER);
        Installed.setting(datasource, ".password", PostgresServer.PASSWORD);
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        String boot = Files.readString(features, StandardCharsets.UTF_8);
        assertTrue(boot.contains("featuresBoot = \\\n"), "featuresBoot as the distribution writes it");
        Files.writeString(features, boot.replace("featuresBoot = \\\n", "featuresBoot = \\\n    renshe-postgresql, \\\n"),
                StandardCharsets.UTF_8);
        Files.writeString(home.resolve("etc/io.renshe.catalog.cluster.cfg"), "node.id = " + id + "\n",
                StandardCharsets.UTF_8);
        Installed.setting(home.resolve("etc/users.properties"), OFFICE, OFFICE_PASSWORD + ",renshe-office-341504");
    }

    private static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode ok(HttpResponse<String> answer) throws IOException {
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> list(Installed node) throws IOException, InterruptedException {
        HttpResponse<String> list = node.get(LIST);
        assertEquals(200, list.statusCode(), list.body());
        return list;
    }

    private static boolean has17(Installed node) throws IOException, InterruptedException {
        for (JsonNode entry : JSON.readTree(list(node).body()).path("entries")) {
            if (entry.path("seq").asText().equals("17")) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> writer(Installed node) throws IOException, InterruptedException {
        Map<String, String> headers = new HashMap<>(basic(OFFICE, OFFICE_PASSWORD));
        headers.put("If-Match", list(node).headers().firstValue("ETag").orElseThrow());
        return headers;
    }

    /** Milliseconds from now until the other node shows what the condition waits for (at most ten seconds). */
    private static long until(Installed other, Predicate<Installed> condition) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < 10_000_000_000L) {
            if (condition.test(other)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the other node did not serve the change within ten seconds");
    }

    private static Predicate<Installed> showing17(boolean shown) {
        return node -> {
            try {
                return has17(node) == shown;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    @Test
    @Order(1)
    void twoNodesOnOnePostgresqlServeTheSameCatalogAndOverlays() throws Exception {
        for (Installed node : List.of(a, b)) {
            JsonNode details = ok(node.send("GET", "/api/health/details", null, ADMIN));
            assertTrue(details.path("database").path("product").asText().startsWith("PostgreSQL"),
                    details.toString());
        }

        // both nodes in the cluster's view, alive, serving the same jurisdiction versions (a node's row is
        // as of its last heartbeat, every 5 s: the first may be written before all its bundles are read)
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode cluster = ok(a.send("GET", "/api/cluster", null, ADMIN));
        while (!(cluster.path("nodes").size() == 2 && cluster.path("drift").isEmpty()
                && cluster.path("nodes").get(0).path("jurisdictions").asInt() == 7
                && cluster.path("nodes").get(1).path("jurisdictions").asInt() == 7)
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            cluster = ok(a.send("GET", "/api/cluster", null, ADMIN));
        }
        assertEquals("node-a", cluster.path("self").asText());
        assertEquals(List.of("node-a", "node-b"), List.of(cluster.path("nodes").get(0).path("id").asText(),
                cluster.path("nodes").get(1).path("id").asText()), cluster.toString());
        assertTrue(cluster.path("nodes").get(0).path("alive").asBoolean(), cluster.toString());
        assertTrue(cluster.path("nodes").get(1).path("alive").asBoolean(), cluster.toString());
        assertEquals(7, cluster.path("nodes").get(1).path("jurisdictions").asInt(), "the shipped seven");
        assertEquals(0, cluster.path("drift").size(), cluster.toString());
        assertEquals("node-b", ok(b.send("GET", "/api/cluster", null, ADMIN)).path("self").asText());

        // an office's changes, written on one node and then the other, served by the other within a second
        assertTrue(has17(a) && has17(b));
        List<Long> latencies = new ArrayList<>();
        Installed[] writers = {a, b, a, b};
        for (int round = 0; round < writers.length; round += 2) {
            Installed first = writers[round];
            Installed second = writers[round + 1];
            long hidden = ok(first.send("DELETE", LIST + "/entries/17?reason="
                    + URLEncoder.encode("两个节点测试", StandardCharsets.UTF_8), null, writer(first)))
                    .path("changes").get(0).path("id").asLong();
            latencies.add(until(second, showing17(false)));
            ok(second.send("POST", "/api/jurisdictions/341504/changes/" + hidden + "/revert",
                    "{\"reason\": \"恢复\"}", writer(second)));
            latencies.add(until(first, showing17(true)));
        }
        assertEquals(list(a).headers().firstValue("ETag"), list(b).headers().firstValue("ETag"),
                "both nodes give the list the same version");
        assertEquals(ok(a.send("GET", "/api/jurisdictions/341504/changes?limit=4", null, Map.of())),
                ok(b.send("GET", "/api/jurisdictions/341504/changes?limit=4", null, Map.of())));
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.println("change served by the other node after (ms): " + latencies);
        assertTrue(sorted.get(sorted.size() / 2) < 1000, "median within a second: " + latencies);
        assertTrue(sorted.get(sorted.size() - 1) < 3000, "every change within three seconds: " + latencies);
    }

    /** A new local entry of the village platform list, in the shape of a catalog file's entry. */
    private static String localEntry(int seq) throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", "村级代办测试事项" + seq);
        entry.put("units", List.of("信息中心"));
        entry.put("channels", List.of("village"));
        entry.put("levels", Map.of("village", Map.of("duty", "受理群众申请，及时代办。", "role", "accept")));
        entry.put("limit", "即办");
        entry.put("reason", "新增代办事项");
        return JSON.writeValueAsString(entry);
    }

    /** The office adds the entry {@code seq} to the list through {@code target}: the change's id once acknowledged. */
    private static long addEntry(Submissions.Target target, int seq) throws IOException, InterruptedException {
        HttpResponse<String> list = target.send("GET", LIST, null, Map.of());
        assertEquals(200, list.statusCode(), list.body());
        Map<String, String> headers = new HashMap<>(basic(OFFICE, OFFICE_PASSWORD));
        headers.put("If-Match", list.headers().firstValue("ETag").orElseThrow());
        return ok(target.send("PUT", LIST + "/entries/" + seq, localEntry(seq), headers)).path("changes").get(0)
                .path("id").asLong();
    }

    /** The entries of the list through {@code target}: seq → the id of the overlay change that made it, if any. */
    private static Map<String, Long> overlaid(Submissions.Target target) throws IOException, InterruptedException {
        HttpResponse<String> list = target.send("GET", LIST, null, Map.of());
        assertEquals(200, list.statusCode(), list.body());
        Map<String, Long> entries = new HashMap<>();
        for (JsonNode entry : JSON.readTree(list.body()).path("entries")) {
            entries.put(entry.path("seq").asText(), entry.path("provenance").path("overlay").asLong());
        }
        return entries;
    }

    /** Every acknowledged entry served with the change that made it, within ten seconds (the change feed). */
    private static void servesEntries(Submissions.Target target, Map<Integer, Long> acknowledged) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Map<String, Long> expected = new TreeMap<>();
        acknowledged.forEach((seq, change) -> expected.put(seq.toString(), change));
        Map<String, Long> served;
        do {
            served = new TreeMap<>(overlaid(target));
            served.keySet().retainAll(expected.keySet());
            if (served.equals(expected)) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals(expected, served, "every acknowledged entry, with its change");
    }

    /** Every acknowledged application readable by its applicant with its two tasks. */
    private static void servesApplications(Submissions.Target target, Map<String, String> acknowledged) throws Exception {
        for (Map.Entry<String, String> application : acknowledged.entrySet()) {
            JsonNode kept = ok(target.send("GET", "/api/applications/" + application.getKey(), null,
                    Submissions.applicant(application.getValue())));
            assertEquals(application.getKey(), kept.path("number").asText());
            assertEquals(application.getValue(), kept.path("applicant").path("idNumber").asText());
            assertEquals(2, kept.path("tasks").size(), application.getKey());
        }
    }

    /** The applications of 黄山市's open tasks in the database (as the administrator): number → its tasks. */
    private static Map<String, Integer> queued(Installed node) throws IOException, InterruptedException {
        Map<String, Integer> tasks = new TreeMap<>();
        for (JsonNode task : ok(node.send("GET", "/api/tasks?jurisdiction=341000&limit=1000", null, ADMIN))) {
            tasks.merge(task.path("application").asText(), 1, Integer::sum);
        }
        return tasks;
    }

    @Test
    @Order(2)
    void applicationsSubmittedConcurrentlyOnBothNodesAreNeitherLostNorDuplicated() throws Exception {
        Submissions.awaitAccepting(a::send);
        Submissions.awaitAccepting(b::send);
        Map<String, String> acknowledged;
        List<String> refused;
        long started = System.nanoTime();
        // 2 × 4 threads, 104 people
        try (Submissions.Stream stream = new Submissions.Stream(List.of(a::send, b::send), 4, 100, 203)) {
            stream.awaitEnd();
            acknowledged = new TreeMap<>(stream.acknowledged());
            refused = stream.refused();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("104 applications from 2 × 4 threads on two nodes: %d acknowledged in %d ms%n",
                acknowledged.size(), millis);
        assertEquals(List.of(), refused, "every submission acknowledged once");
        assertEquals(104, acknowledged.size(), "104 distinct numbers");
        Set<String> rowIds = new TreeSet<>();
        for (String number : acknowledged.keySet()) {
            assertTrue(number.matches("341000-\\d{8}-\\d{6,}"), number);
            rowIds.add(number.substring(number.lastIndexOf('-') + 1));
        }
        assertEquals(104, rowIds.size(), "the row ids (the identity column) distinct: " + acknowledged.keySet());
        assertEquals(104, new TreeSet<>(acknowledged.values()).size());
        // the numbers' row ids come from PostgreSQL's identity column, and the table holds what was acknowledged
        try (Connection connection = database.connect("renshe"); Statement sql = connection.createStatement()) {
            try (ResultSet column = sql.executeQuery("SELECT is_identity, identity_generation FROM "
                    + "information_schema.columns WHERE table_name = 'application' AND column_name = 'id'")) {
                assertTrue(column.next(), "the ID column of APPLICATION");
                assertEquals("YES", column.getString(1));
                assertEquals("ALWAYS", column.getString(2));
            }
            try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM application")) {
                assertTrue(count.next());
                assertEquals(104, count.getLong(1), "rows in APPLICATION");
            }
        }
        for (Installed node : List.of(a, b)) {
            servesApplications(node::send, acknowledged);
            Map<String, Integer> queued = queued(node);
            assertEquals(acknowledged.keySet(), queued.keySet(), "as many in the database as acknowledged");
            assertEquals(Set.of(2), new TreeSet<>(queued.values()), "two tasks each");
        }
    }

    @Test
    @Order(3)
    void aNodeKilledDuringAStreamOfWritesLosesNoAcknowledgedWrite() throws Exception {
        Map<Integer, Long> entries = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService office = Executors.newSingleThreadExecutor();
        office.execute(() -> {
            for (int seq = 300; writing.get() && seq < 900; seq++) {
                try {
                    entries.put(seq, addEntry(a::send, seq));
                } catch (IOException | RuntimeException | AssertionError e) {
                    // no answer, or not 200: not acknowledged
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        Map<String, String> acknowledged;
        int entriesAtTheKill;
        try (Submissions.Stream stream = new Submissions.Stream(List.of(a::send), 3, 300, 899)) {
            stream.awaitAcknowledged(30);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (entries.size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            a.kill();
            acknowledged = new TreeMap<>(stream.acknowledged());
            entriesAtTheKill = entries.size();
        } finally {
            writing.set(false);
            office.shutdown();
            assertTrue(office.awaitTermination(2, TimeUnit.MINUTES));
        }
        assertTrue(acknowledged.size() >= 30, "submissions acknowledged before the kill: " + acknowledged.size());
        assertTrue(entriesAtTheKill >= 5, "overlay writes acknowledged before the kill: " + entriesAtTheKill);
        Map<Integer, Long> written = new TreeMap<>(entries);
        System.out.printf("kill -9 of node-a after %d acknowledged submissions and %d acknowledged overlay writes%n",
                acknowledged.size(), written.size());

        // the other node serves them all at once: they are in the shared database
        servesApplications(b::send, acknowledged);
        servesEntries(b::send, written);

        long restart = System.nanoTime();
        a.start();
        Submissions.awaitAccepting(a::send);
        System.out.printf("node-a serving again %d ms after bin/start%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restart));
        servesApplications(a::send, acknowledged);
        servesEntries(a::send, written);
        // none half-written: every application in the queue has both its tasks
        Map<String, Integer> queued = queued(a);
        assertTrue(queued.keySet().containsAll(acknowledged.keySet()));
        assertEquals(Set.of(2), new TreeSet<>(queued.values()), "two tasks each: " + queued);
    }

    @Test
    @Order(4)
    void nginxInFrontAsDocumentedBalancesWritesReadsAndFailsOver() throws Exception {
        try (Nginx nginx = Nginx.start(target.resolve("nginx"), Paths.get(System.getProperty("renshe.docs")), a, b)) {
            // both nodes answer, in turn
            List<String> answeredBy = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answeredBy.add(ok(nginx.send("GET", "/api/cluster", null, ADMIN)).path("self").asText());
            }
            System.out.println("through nginx, answered by: " + answeredBy);
            assertEquals(Set.of("node-a", "node-b"), new TreeSet<>(answeredBy), answeredBy.toString());

            // a write through nginx, read back through nginx (by whichever node answers)
            String person = Submissions.idNumber(950);
            HttpResponse<String> submitted = nginx.send("POST", "/api/applications", Submissions.application(person),
                    Map.of());
            assertEquals(201, submitted.statusCode(), submitted.body());
            String number = JSON.readTree(submitted.body()).path("number").asText();
            for (int i = 0; i < 4; i++) {
                servesApplications(nginx, Map.of(number, person));
            }
            servesEntries(nginx, Map.of(950, addEntry(nginx, 950)));

            // one node stopped: nginx passes its requests to the other
            b.stop();
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> answer = nginx.send("GET", "/api/cluster", null, ADMIN);
                assertEquals(200, answer.statusCode(), answer.body() + "\n" + nginx.log());
                assertEquals("node-a", JSON.readTree(answer.body()).path("self").asText());
            }
            servesApplications(nginx, Map.of(number, person));
        }
    }
}
