package io.renshe.catalog.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 12's hostile uploads against the installed platform: each is refused with 413 or 422 naming the limit of
 * {@code etc/io.renshe.limits.cfg}, within a second, while another client's reads go on answering 200.
 */
class HostileUploadsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private final Installed platform = Installed.platform();

    /** Posts a jar and checks the problem: its status, the limit it names, and that it came within a second. */
    private JsonNode refused(byte[] jar, int status, String limit) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = platform.post("/api/validate", "application/java-archive", jar);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertTrue(problem.toString().contains("limit " + limit + " = "), problem.toString());
        assertTrue(took.compareTo(WITHIN) < 0, "answered in " + took.toMillis() + " ms");
        return problem;
    }

    /** Reads the catalog from another thread all along: every answer 200. */
    private <T> T whileReading(java.util.concurrent.Callable<T> hostile) throws Exception {
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                try {
                    statuses.add(platform.get("/api/jurisdictions/341000/items?channel=bank").statusCode());
                } catch (Exception e) {
                    statuses.add(-1);
                }
            }
        });
        reader.start();
        try {
            return hostile.call();
        } finally {
            reading.set(false);
            reader.join();
            assertTrue(!statuses.isEmpty() && statuses.stream().allMatch(s -> s == 200), "reads meanwhile: " + statuses);
        }
    }

    @Test
    void aCommentOf400MegabytesIn400KilobytesIsRefusedWithinASecond() throws Exception {
        byte[] jar = Uploads.commentBomb("test.comment.bomb", 400);
        assertTrue(jar.length < 600 * 1024, jar.length + " bytes");
        JsonNode problem = whileReading(() -> refused(jar, 413, "jar.maxRatio"));
        assertEquals("Content Too Large", problem.path("title").asText());
        assertEquals(200, platform.get("/api/health/ready").statusCode());
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWhileItIsSent() throws Exception {
        byte[] large = new byte[21 * 1024 * 1024];
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;
        whileReading(() -> refused(large, 413, "jar.maxBodyBytes"));
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        refused(Uploads.manyEntries(1001), 413, "jar.maxEntries");
    }

    @Test
    void yamlPastItsLimitsIsUnprocessableByName() throws Exception {
        String deep = Uploads.JURISDICTION + "extra: " + "[".repeat(40) + "]".repeat(40) + "\n";
        JsonNode nested = refused(Uploads.bundle("test.deep", Map.of("jurisdiction.yaml", deep)), 422, "yaml.maxDepth");
        assertEquals("jurisdiction.yaml", nested.path("errors").get(0).path("file").asText());

        StringBuilder laughs = new StringBuilder(Uploads.JURISDICTION + "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 5; level++) {
            laughs.append("x").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }
        refused(Uploads.bundle("test.laughs", Map.of("jurisdiction.yaml", laughs.toString())), 422, "yaml.maxNodes");

        String comment = Uploads.JURISDICTION + "# " + "长".repeat(10_000) + "\n";
        refused(Uploads.bundle("test.comment", Map.of("jurisdiction.yaml", comment)), 422, "yaml.maxCommentChars");
    }

    @Test
    void aHostileJarInDeployIsRejectedByNameAndTheRestKeepsServing() throws Exception {
        Path deploy = platform.home().resolve("deploy");
        Path jar = deploy.resolve("test-comment-bomb-1.0.0.jar");
        Files.write(jar, Uploads.commentBomb("test.deploy.bomb", 400));
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            JsonNode rejected = null;
            while (rejected == null && System.nanoTime() < deadline) {
                for (JsonNode j : JSON.readTree(platform.get("/api/jurisdictions").body())) {
                    if ("test.deploy.bomb".equals(j.path("bundle").asText())) {
                        rejected = j;
                    }
                }
                Thread.sleep(250);
            }
            assertTrue(rejected != null, "the bundle is listed");
            assertEquals("rejected", rejected.path("status").asText());
            assertTrue(rejected.path("errors").toString().contains("(limit jar.max"), rejected.toString());
            assertEquals(200, platform.get("/api/health/ready").statusCode());
            HttpResponse<String> items = platform.client().send(HttpRequest.newBuilder(
                    platform.uri("/api/jurisdictions/341000/items?q=" + java.net.URLEncoder.encode("社会保障卡", StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, items.statusCode());
        } finally {
            Files.deleteIfExists(jar);
        }
    }
}
