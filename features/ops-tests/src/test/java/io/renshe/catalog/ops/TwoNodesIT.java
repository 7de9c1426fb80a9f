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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.testing.postgresql.PostgresServer;

/**
 * Two nodes on one PostgreSQL, as docs/cluster.md sets them up: two distributions unpacked from the built
 * {@code .tar.gz}, started with {@code bin/start} on their own ports, both with the PostgreSQL driver feature and the
 * same database. Both serve on PostgreSQL; {@code GET /api/cluster} shows both alive and no drift; an office's change
 * written on either node is served by the other within a second (the overlays' change feed), and both give the list
 * the same version.
 */
class TwoNodesIT {

    private static final String OFFICE = "yeji-office";
    private static final String OFFICE_PASSWORD = "Two-Nodes-Passphrase-2026";
    private static final String LIST = "/api/jurisdictions/341504/lists/village-platform";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        Map<String, String> headers = new java.util.HashMap<>(basic(OFFICE, OFFICE_PASSWORD));
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
    void twoNodesOnOnePostgresqlServeTheSameCatalogAndOverlays() throws Exception {
        Path target = Paths.get(System.getProperty("renshe.work")).getParent().resolve("two-nodes");
        try (PostgresServer database = PostgresServer.start(target.resolve("postgresql"))) {
            database.createDatabase("renshe");
            Installed a = Installed.install(target.resolve("node-a"), home -> node(home, "node-a", database));
            Installed b = null;
            try {
                b = Installed.install(target.resolve("node-b"), home -> node(home, "node-b", database));
                Map<String, String> admin = basic(Installed.ADMIN, Installed.ADMIN_PASSWORD);
                for (Installed node : List.of(a, b)) {
                    JsonNode details = ok(node.send("GET", "/api/health/details", null, admin));
                    assertTrue(details.path("database").path("product").asText().startsWith("PostgreSQL"),
                            details.toString());
                }

                // both nodes in the cluster's view, alive, serving the same jurisdiction versions (a node's row is
                // as of its last heartbeat, every 5 s: the first may be written before all its bundles are read)
                long deadline = System.nanoTime() + 60_000_000_000L;
                JsonNode cluster = ok(a.send("GET", "/api/cluster", null, admin));
                while (!(cluster.path("nodes").size() == 2 && cluster.path("drift").isEmpty()
                        && cluster.path("nodes").get(0).path("jurisdictions").asInt() == 7
                        && cluster.path("nodes").get(1).path("jurisdictions").asInt() == 7)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    cluster = ok(a.send("GET", "/api/cluster", null, admin));
                }
                assertEquals("node-a", cluster.path("self").asText());
                assertEquals(List.of("node-a", "node-b"), List.of(cluster.path("nodes").get(0).path("id").asText(),
                        cluster.path("nodes").get(1).path("id").asText()), cluster.toString());
                assertTrue(cluster.path("nodes").get(0).path("alive").asBoolean(), cluster.toString());
                assertTrue(cluster.path("nodes").get(1).path("alive").asBoolean(), cluster.toString());
                assertEquals(7, cluster.path("nodes").get(1).path("jurisdictions").asInt(), "the shipped seven");
                assertEquals(0, cluster.path("drift").size(), cluster.toString());
                assertEquals("node-b", ok(b.send("GET", "/api/cluster", null, admin)).path("self").asText());

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
            } finally {
                if (b != null) {
                    b.stop();
                }
                a.stop();
            }
        }
    }
}
