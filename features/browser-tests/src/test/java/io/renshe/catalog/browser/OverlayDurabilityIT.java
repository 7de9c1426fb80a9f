package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The offices' changes on the real distribution, started with {@code bin/karaf server} in a process of its own (Pax
 * Exam cannot restart or kill its own container): 叶集区's office changes and hides entries over HTTP; after a clean
 * restart of the container, and after {@code kill -9} right after the answer, every acknowledged change is served again
 * with its provenance and listed in the history.
 */
class OverlayDurabilityIT {

    private static final String OFFICE = "yeji-office";
    private static final String PASSWORD = "Overlay-Durability-2026";
    private static final String LIST = "/api/jurisdictions/341504/lists/village-platform";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> office(String etag) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((OFFICE + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), "If-Match", etag);
    }

    private String etag(Distribution platform) throws IOException, InterruptedException {
        HttpResponse<String> list = platform.send("GET", LIST, null, Map.of());
        assertEquals(200, list.statusCode(), list.body());
        return list.headers().firstValue("ETag").orElseThrow();
    }

    private JsonNode entry(Distribution platform, String seq) throws IOException, InterruptedException {
        HttpResponse<String> list = platform.send("GET", LIST, null, Map.of());
        assertEquals(200, list.statusCode(), list.body());
        for (JsonNode entry : JSON.readTree(list.body()).path("entries")) {
            if (entry.path("seq").asText().equals(seq)) {
                return entry;
            }
        }
        return null;
    }

    /** A new local entry of the village platform list, in the shape of a catalog file's entry. */
    private static Map<String, Object> localEntry(String name, String reason) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("units", List.of("信息中心"));
        entry.put("channels", List.of("village"));
        entry.put("levels", Map.of("village", Map.of("duty", "受理群众申请，及时代办。", "role", "accept")));
        entry.put("limit", "即办");
        entry.put("reason", reason);
        return entry;
    }

    private long write(Distribution platform, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = platform.send(method, path, body, office(etag(platform)));
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body()).path("changes").get(0).path("id").asLong();
    }

    @Test
    void aRestartAndAKillLoseNoAcknowledgedChange() throws Exception {
        Path work = Path.of(System.getProperty("renshe.work") + "-overlay");
        Distribution platform = Distribution.start(work, Map.of(OFFICE, PASSWORD + ",renshe-office-341504"));
        try {
            long added = write(platform, "PUT", LIST + "/entries/90", localEntry("村级平台代办测试事项", "新增代办事项"));
            long hidden = write(platform, "DELETE", LIST + "/entries/17?reason="
                    + URLEncoder.encode("暂停村级办理", StandardCharsets.UTF_8), null);
            String version = etag(platform);

            platform.close();
            platform = platform.restart();
            assertEquals(added, entry(platform, "90").path("provenance").path("overlay").asLong());
            assertEquals("新增代办事项", entry(platform, "90").path("provenance").path("reason").asText());
            assertNull(entry(platform, "17"), "the hidden entry stays hidden after a restart");
            assertEquals(version, etag(platform), "the list's version survives a restart");

            // kill -9 right after the answer: the acknowledged change is kept
            long restored = write(platform, "POST", "/api/jurisdictions/341504/changes/" + hidden + "/revert",
                    Map.of("reason", "恢复村级办理"));
            platform.kill();
            platform = platform.restart();
            assertNotNull(entry(platform, "17"), "the revert acknowledged before the kill is kept");
            assertEquals("社会保障卡密码修改", entry(platform, "17").path("name").asText());
            HttpResponse<String> history = platform.send("GET", "/api/jurisdictions/341504/changes", null, Map.of());
            JsonNode changes = JSON.readTree(history.body());
            assertEquals(List.of(restored, hidden, added), List.of(changes.get(0).path("id").asLong(),
                    changes.get(1).path("id").asLong(), changes.get(2).path("id").asLong()));
            assertEquals(OFFICE, changes.get(0).path("by").asText());
            assertEquals(hidden, changes.get(0).path("reverts").asLong());
        } finally {
            platform.close();
        }
    }
}
