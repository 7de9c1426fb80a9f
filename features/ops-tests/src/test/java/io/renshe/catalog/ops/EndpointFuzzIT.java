package io.renshe.catalog.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated uploads and query strings thrown at the endpoints of the installed platform: never a 5xx, never
 * a hang (every request has 30 s, and each is answered in far less). The number of tries keeps the whole run to
 * seconds. Spreadsheets and application materials: {@link UploadFuzzIT}, on the same installation.
 */
class EndpointFuzzIT {

    private static final Set<Integer> UPLOAD_ANSWERS = Set.of(200, 400, 413, 415, 422);
    private static final String VALID = Uploads.JURISDICTION;

    private final Installed platform = Installed.platform();

    @Property(tries = 120)
    void uploadsAreAnsweredWithoutAServerError(@ForAll("uploads") byte[] body, @ForAll("contentTypes") String type)
            throws Exception {
        HttpResponse<String> answer = platform.post("/api/validate", type, body);
        assertTrue(UPLOAD_ANSWERS.contains(answer.statusCode()), answer.statusCode() + " " + answer.body());
    }

    @Property(tries = 200)
    void queriesAreAnsweredWithoutAServerError(@ForAll("requests") String pathAndQuery) throws Exception {
        HttpResponse<String> answer = platform.get(pathAndQuery);
        assertTrue(answer.statusCode() < 500, pathAndQuery + " answered " + answer.statusCode() + " " + answer.body());
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/java-archive", "application/zip", "application/octet-stream");
    }

    @Provide
    Arbitrary<byte[]> uploads() {
        byte[] valid = Uploads.bundle("test.fuzz", Map.of("jurisdiction.yaml", VALID));
        Arbitrary<byte[]> mutated = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255)).as((at, value) -> new int[] {at, value}).list().ofMinSize(1).ofMaxSize(12)
                .map(changes -> {
                    byte[] jar = valid.clone();
                    changes.forEach(change -> jar[change[0] % jar.length] = (byte) change[1]);
                    return jar;
                });
        Arbitrary<byte[]> yaml = Arbitraries.strings().withChars("abc:-[]{}&*!|>#'\"%@,? \n测试0123456789.")
                .ofMaxLength(300).map(noise -> Uploads.bundle("test.fuzz.yaml", Map.of("jurisdiction.yaml",
                        VALID.substring(0, noise.length() % VALID.length()) + noise)));
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length).map(n -> Arrays.copyOf(valid, n));
        return Arbitraries.oneOf(mutated, yaml, truncated, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000));
    }

    @Provide
    Arbitrary<String> requests() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("341000", "341504", "620402", "990000", "1.10.1", "nearby", "accelerated", "2024-02-08", "2025",
                        "", "..", "%", "null"),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<String> path = Combinators.combine(Arbitraries.of(List.of(
                "/api/jurisdictions/{}", "/api/jurisdictions/{}/items", "/api/jurisdictions/{}/catalog",
                "/api/jurisdictions/{}/lists/{}", "/api/jurisdictions/{}/bundles/{}", "/api/items/{}",
                "/api/items/{}/jurisdictions", "/api/compare", "/api/calendar/{}/due", "/api/calendar/{}/working-days",
                "/api/calendar/{}/days/{}", "/api/calendar/{}/{}", "/api/events", "/api/health", "/api/health/ready",
                "/api/jurisdictions/{}/cpsv", "/api/{}")), segment, segment)
                .as((template, a, b) -> template.replaceFirst("\\{}", encode(a)).replaceFirst("\\{}", encode(b)));
        Arbitrary<String> parameter = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of("level", "channel", "unit", "category", "applicant", "q", "a", "b", "from",
                        "to", "limit", "subject"), Arbitraries.strings().alpha().ofMaxLength(6)),
                Arbitraries.oneOf(segment, Arbitraries.of("town", "bank", "15个工作日", "个人", "业务办理类", "-1", "501")))
                .as((name, value) -> encode(name) + "=" + encode(value));
        return Combinators.combine(path, parameter.list().ofMaxSize(5))
                .as((p, parameters) -> parameters.isEmpty() ? p : p + "?" + String.join("&", parameters));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
