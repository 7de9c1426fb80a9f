package io.renshe.catalog.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applications for 黄山市's social-security-card one-thing ({@code card-one-thing-1}, docs/applications.md), submitted
 * by anybody (no sign-in), each for another person, and read back by the applicant (the application number and the
 * last six characters of the ID number). A stream of them submits from several threads until stopped, and keeps the
 * acknowledged ones (201 with a number).
 */
final class Submissions {

    /** Where a request goes: a node ({@link Installed#send}) or a proxy in front of the nodes. */
    interface Target {
        HttpResponse<String> send(String method, String path, String json, Map<String, String> headers)
                throws IOException, InterruptedException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private Submissions() {
    }

    /**
     * A resident ID number with its check character (GB 11643), of a person born 1990-01-01 in 屯溪区 — another person
     * for each sequence (0–999: the three digits of the order code).
     */
    static String idNumber(int sequence) {
        String body = String.format("34100219900101%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** The application of a person for two items of the card one-thing, with the one material they need. */
    static String application(String idNumber) {
        try {
            return JSON.writeValueAsString(Map.of("jurisdiction", "341000", "oneThing", "card-one-thing-1",
                    "items", List.of("1.10.1", "社会保障卡应用状态查询"),
                    "applicant", Map.of("name", "测试", "idNumber", idNumber, "phone", "0559-2345678", "address", "黄山市屯溪区"),
                    "commitment", true,
                    "materials", List.of(Map.of("name", "本人身份证件", "content", "data:image/png;base64,AAAA"))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The applicant's header for reading their application. */
    static Map<String, String> applicant(String idNumber) {
        return Map.of("X-Id-Suffix", idNumber.substring(12));
    }

    /**
     * Waits until a node takes applications: the application tables open after the first answers of the API (until
     * then 503, or 404 before the resource is there). Asks with a pre-check of a person nobody applies for (a check
     * stores nothing).
     */
    static void awaitAccepting(Target node) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        HttpResponse<String> answer;
        do {
            answer = node.send("POST", "/api/applications/check", application(idNumber(999)), Map.of());
            if (answer.statusCode() == 200) {
                return;
            }
            assertTrue(answer.statusCode() == 503 || answer.statusCode() == 404, answer.statusCode() + " " + answer.body());
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no applications taken after 120 s: " + answer.body());
    }

    /** Submitting threads, each on its target, each submission for the next person of a shared sequence. */
    static final class Stream implements AutoCloseable {

        private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger sequence;
        private final int last;
        private final ExecutorService threads;

        /**
         * Starts {@code perTarget} threads on each target; they submit until {@link #close()}, or until the sequence
         * passes {@code last}.
         */
        Stream(List<Target> targets, int perTarget, int first, int last) {
            this.sequence = new AtomicInteger(first);
            this.last = last;
            this.threads = Executors.newFixedThreadPool(targets.size() * perTarget);
            for (Target target : targets) {
                for (int i = 0; i < perTarget; i++) {
                    threads.execute(() -> submit(target));
                }
            }
        }

        private void submit(Target target) {
            while (running.get()) {
                int next = sequence.getAndIncrement();
                if (next > last) {
                    return;
                }
                String id = idNumber(next);
                try {
                    HttpResponse<String> answer = target.send("POST", "/api/applications", application(id), Map.of());
                    if (answer.statusCode() == 201) {
                        String number = JSON.readTree(answer.body()).path("number").asText();
                        if (acknowledged.put(number, id) != null) {
                            refused.add("number " + number + " acknowledged twice");
                        }
                    } else {
                        refused.add(answer.statusCode() + " " + answer.body());
                    }
                } catch (IOException e) {
                    // no answer (the node is gone): not acknowledged
                    refused.add(e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** Application number → ID number of every submission answered 201 so far. */
        Map<String, String> acknowledged() {
            return acknowledged;
        }

        /** Every other answer (status and body), or the error of a request that got none. */
        List<String> refused() {
            return List.copyOf(refused);
        }

        /** Waits until {@code count} submissions are acknowledged (at most two minutes). */
        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (acknowledged.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        /** Waits until every thread has ended by itself (the sequence used up). */
        void awaitEnd() throws InterruptedException {
            threads.shutdown();
            if (!threads.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new AssertionError("the submissions did not end within five minutes");
            }
        }

        /** Stops submitting; returns once every thread has ended. */
        @Override
        public void close() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
                threads.shutdownNow();
            }
        }
    }
}
