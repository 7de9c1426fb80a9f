package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applications on the real distribution, started with {@code bin/karaf server} in a process of its own (Pax Exam cannot
 * kill its own container): a clean restart in the middle of an application's flow loses nothing, and {@code kill -9}
 * in the middle of a stream of submissions loses no application that was acknowledged (201) — embedded Derby with its
 * durability as shipped — and leaves none half-written.
 */
class ApplicationDurabilityIT {

    private static final String OFFICE = "huangshan-office";
    private static final String PASSWORD = "Durability-Passphrase-2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode expect(int status, HttpResponse<String> answer) throws IOException {
        assertEquals(status, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    private static Map<String, Object> application(String idNumber) {
        return Map.of("jurisdiction", "341000", "oneThing", "card-one-thing-1",
                "items", List.of("1.10.1", "社会保障卡应用状态查询"),
                "applicant", Map.of("name", "测试", "idNumber", idNumber, "phone", "0559-2345678", "address", "黄山市屯溪区"),
                "commitment", true,
                "materials", List.of(Map.of("name", "本人身份证件", "content", "data:image/png;base64,AAAA")));
    }

    private static Map<String, String> applicant(String idNumber) {
        return Map.of("X-Id-Suffix", idNumber.substring(12));
    }

    private static Map<String, String> office() {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((OFFICE + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Waits until the platform takes applications: the application tables open after the first answers of the API
     * (until then a submission is a 503 to try again later, or a 404 before the resource is there), and the pre-check
     * reads the card register in them. Asks with a person nobody applies for (a check stores nothing).
     */
    private Distribution ready(Distribution platform) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        HttpResponse<String> answer;
        do {
            answer = platform.send("POST", "/api/applications/check", application(Fixtures.idNumber(2)), Map.of());
            if (answer.statusCode() == 200) {
                assertTrue(JSON.readTree(answer.body()).path("eligible").asBoolean(), answer.body());
                return platform;
            }
            assertTrue(answer.statusCode() == 503 || answer.statusCode() == 404, answer.statusCode() + " " + answer.body());
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the platform takes no applications after 120 s: " + answer.body());
    }

    @Test
    void restartsAndKillLoseNoAcknowledgedApplication() throws Exception {
        Path work = Path.of(System.getProperty("renshe.work") + "-durability");
        Distribution platform = Distribution.start(work, Map.of(OFFICE, PASSWORD + ",renshe-office-341000"));
        try {
            // a clean restart in the middle of an application's flow
            String person = Fixtures.idNumber(1);
            ready(platform);
            JsonNode submitted = expect(201, platform.send("POST", "/api/applications", application(person), Map.of()));
            String number = submitted.path("number").asText();
            long first = submitted.path("tasks").get(0).path("id").asLong();
            long second = submitted.path("tasks").get(1).path("id").asLong();
            expect(200, platform.send("POST", "/api/tasks/" + first + "/accept", null, office()));
            expect(200, platform.send("POST", "/api/tasks/" + second + "/accept", null, office()));
            expect(200, platform.send("POST", "/api/tasks/" + first + "/return",
                    Map.of("missing", List.of("近期免冠照片")), office()));
            JsonNode before = expect(200, platform.send("GET", "/api/applications/" + number, null, applicant(person)));
            platform.close();
            platform = ready(platform.restart());
            JsonNode after = expect(200, platform.send("GET", "/api/applications/" + number, null, applicant(person)));
            assertEquals(before, after);
            expect(200, platform.send("POST", "/api/applications/" + number + "/materials",
                    Map.of("materials", List.of(Map.of("name", "近期免冠照片", "content", "x"))), applicant(person)));
            for (long task : List.of(first, second)) {
                expect(200, platform.send("POST", "/api/tasks/" + task + "/approve", null, office()));
                expect(200, platform.send("POST", "/api/tasks/" + task + "/deliver", null, office()));
            }
            assertEquals("completed", expect(200, platform.send("POST", "/api/applications/" + number + "/rating",
                    Map.of("score", 5), applicant(person))).path("state").asText());

            // kill -9 in the middle of a stream of submissions
            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger sequence = new AtomicInteger(100);
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService submitters = Executors.newFixedThreadPool(3);
            Distribution streaming = platform;
            for (int i = 0; i < 3; i++) {
                submitters.execute(() -> {
                    while (running.get()) {
                        String id = Fixtures.idNumber(sequence.getAndIncrement());
                        try {
                            HttpResponse<String> answer = streaming.send("POST", "/api/applications", application(id), Map.of());
                            if (answer.statusCode() == 201) {
                                acknowledged.put(JSON.readTree(answer.body()).path("number").asText(), id);
                            }
                        } catch (IOException e) {
                            // the platform is gone: not acknowledged
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < 30 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            platform.kill();
            int atTheKill = acknowledged.size();
            running.set(false);
            submitters.shutdown();
            assertTrue(submitters.awaitTermination(60, TimeUnit.SECONDS));
            assertTrue(atTheKill >= 30, "submissions acknowledged before the kill: " + atTheKill);
            Map<String, String> numbers = new TreeMap<>(acknowledged);

            platform = ready(platform.restart());
            for (Map.Entry<String, String> application : numbers.entrySet()) {
                JsonNode kept = expect(200, platform.send("GET", "/api/applications/" + application.getKey(), null,
                        applicant(application.getValue())));
                assertEquals(2, kept.path("tasks").size(), application.getKey());
                assertEquals("submitted", kept.path("tasks").get(1).path("state").asText());
            }
            // none half-written: every application in the queue has both its tasks
            JsonNode queue = expect(200, platform.send("GET", "/api/tasks?jurisdiction=341000&limit=1000", null, office()));
            Map<String, Integer> tasksPerApplication = new TreeMap<>();
            for (JsonNode task : queue) {
                tasksPerApplication.merge(task.path("application").asText(), 1, Integer::sum);
            }
            assertTrue(tasksPerApplication.keySet().containsAll(numbers.keySet()));
            List<String> halfWritten = new ArrayList<>();
            tasksPerApplication.forEach((application, count) -> {
                if (count != 2) {
                    halfWritten.add(application + ": " + count);
                }
            });
            assertEquals(List.of(), halfWritten);
            System.out.printf("kill -9 after %d acknowledged submissions: all %d there after the restart, %d in the queue%n",
                    atTheKill, numbers.size(), tasksPerApplication.size());
        } finally {
            platform.close();
        }
    }
}
