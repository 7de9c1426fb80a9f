package io.renshe.catalog.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and mutated spreadsheets and application materials thrown at the installed platform (the installation
 * {@link EndpointFuzzIT} and the other classes share): the spreadsheet import of Yeji's 村级服务平台 list, dry run and
 * real, as Yeji's office, with CSV and xlsx files grown from the platform's own export of that list; and the
 * application endpoints (check, submission, resubmission of materials) with materials of every shape, as an applicant,
 * on an item of 黄山市 on the generic form (so that well-formed tries are taken, 201, and their materials stored and read
 * back). For each try: no 5xx, an answer within 5 s (within 1 s when it names a limit), a problem naming the limit or
 * the row, column or pointer for a 4xx, the list unchanged by a refused or dry import; after each property
 * {@code /api/health/ready} is 200. The answers of each property are counted in the test's output (jqwik statistics).
 * <p>
 * The request body limit of the application endpoints is lowered to 8 MiB for the run
 * ({@code body.max.bytes} of {@code etc/io.renshe.application.rest.cfg}, applied at once), so that the fuzz reaches it
 * with bodies of a few MiB; it is set back afterwards.
 */
class UploadFuzzIT {

    static final String LIST = "/api/jurisdictions/341504/lists/village-platform";
    static final String OFFICE = "yeji-fuzz";
    static final String OFFICE_PASSWORD = "Yeji-Fuzz-Passphrase-2026";
    static final long BODY_LIMIT = 8L * 1024 * 1024;
    static final long SHIPPED_BODY_LIMIT = 100_663_296L;
    static final int MATERIAL_CHARACTERS = 4_194_304;
    static final Duration ANSWER = Duration.ofSeconds(5);
    static final Duration LIMIT = Duration.ofSeconds(1);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Set<Integer> IMPORT_ANSWERS = Set.of(200, 400, 413, 415, 422);
    static final Set<Integer> APPLICATION_ANSWERS = Set.of(200, 201, 400, 401, 403, 404, 409, 413, 415, 422);
    /** A limit's name as the sheets' and the applications' problems write it. */
    static final Pattern NAMES_A_LIMIT = Pattern.compile("\\(max\\.[a-z.]+\\)|body\\.max\\.bytes");
    static final Set<String> MATERIAL_LIMIT_CODES = Set.of("too-many-materials", "material-too-large");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Installed platform;
    private static byte[] exportedCsv;
    private static byte[] exportedXlsx;
    private static Map<String, byte[]> xlsxEntries;
    /** An item of 黄山市 on the generic form (no plug-in, no materials of the catalog): its applications are taken. */
    private static String genericItem;
    /** An application taken at the start, for resubmissions and reading materials back. */
    private static String number;

    @BeforeContainer
    static void signInYejiAndExportItsList() throws Exception {
        platform = Installed.platform();
        Installed.setting(platform.home().resolve("etc/users.properties"), OFFICE,
                OFFICE_PASSWORD + ",renshe-office-341504");
        Installed.setting(platform.home().resolve("etc/io.renshe.application.rest.cfg"), "body.max.bytes",
                Long.toString(BODY_LIMIT));
        await("Yeji's office signs in", () -> send("GET", "/api/me", null, null, Map.of()).statusCode() == 200);
        exportedCsv = download("csv");
        exportedXlsx = download("xlsx");
        xlsxEntries = Zips.entries(exportedXlsx);
        assertTrue(xlsxEntries.keySet().stream().anyMatch(name -> name.startsWith("xl/worksheets/")), xlsxEntries.keySet().toString());
        HttpResponse<String> asIs = importing(exportedCsv, "text/csv", true);
        assertEquals(200, asIs.statusCode(), "the list's own export imports: " + asIs.body());
        genericItem = genericItem();
        HttpResponse<String> taken = anonymous("POST", "/api/applications", "application/json", applicationBody(List.of(
                Map.of("name", "本人身份证件", "content", "data:image/png;base64,AAAA"))), Map.of());
        assertEquals(201, taken.statusCode(), "an application of " + genericItem + ": " + taken.body());
        number = JSON.readTree(taken.body()).path("number").asText();
        byte[] large = applicationBody(List.of(Map.of("name", "本人身份证件", "content", "A".repeat((int) BODY_LIMIT))));
        await("body.max.bytes = " + BODY_LIMIT + " applies", () -> anonymous("POST", "/api/applications/check",
                "application/json", large, Map.of()).statusCode() == 413);
    }

    @AfterContainer
    static void shippedBodyLimit() throws IOException {
        Installed.setting(platform.home().resolve("etc/io.renshe.application.rest.cfg"), "body.max.bytes",
                Long.toString(SHIPPED_BODY_LIMIT));
    }

    @AfterProperty
    void thePlatformStillServes() throws Exception {
        HttpResponse<String> ready = platform.get("/api/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Property(tries = 150)
    void csvImportsAreAnsweredWithoutAServerError(@ForAll("csvFiles") byte[] file, @ForAll("sheetTypes") String type,
            @ForAll boolean dryRun) throws Exception {
        tryImport(file, type, dryRun);
    }

    @Property(tries = 100)
    void xlsxImportsAreAnsweredWithoutAServerError(@ForAll("xlsxFiles") byte[] file, @ForAll("sheetTypes") String type,
            @ForAll boolean dryRun) throws Exception {
        tryImport(file, type, dryRun);
    }

    @Property(tries = 100)
    void materialsAreAnsweredWithoutAServerError(@ForAll("applicationBodies") byte[] body,
            @ForAll("jsonTypes") String type, @ForAll("applicationEndpoints") String endpoint) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = anonymous("POST", endpoint, type, body,
                endpoint.endsWith("/materials") ? Map.of("X-Id-Suffix", "121233") : Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(APPLICATION_ANSWERS.contains(answer.statusCode()), endpoint + " answered " + answer.statusCode() + " "
                + answer.body());
        Statistics.label("answer").collect(endpoint.endsWith("/materials") ? "resubmission" : endpoint,
                answer.statusCode());
        answered(answer, took);
    }

    @Example
    void aZipBombWorkbookIsRefusedWithinASecondNamingTheLimit() throws Exception {
        HttpResponse<String> answer = tryImport(Hostile.bomb(xlsxEntries), XLSX, true);
        assertEquals(422, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("(max.compression.ratio)") || answer.body().contains("max.inflated.bytes"),
                answer.body());
    }

    @Example
    void aWorkbookWithExternalEntitiesLeaksNothing() throws Exception {
        for (String entry : Hostile.xmlEntries(xlsxEntries)) {
            HttpResponse<String> answer = tryImport(Hostile.withEntities(xlsxEntries, entry, Hostile.XXE), XLSX, true);
            assertFalse(answer.body().contains("root:"), entry + ": " + answer.body());
            HttpResponse<String> laughs = tryImport(Hostile.withEntities(xlsxEntries, entry, Hostile.LAUGHS), XLSX, true);
            assertFalse(laughs.body().contains("lollollol"), entry + ": " + laughs.body());
        }
    }

    @Example
    void tooManyOrTooLargeMaterialsAreRefusedByName() throws Exception {
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(Map.of("name", "材料" + i, "content", "data:image/png;base64,AAAA"));
        }
        HttpResponse<String> tooMany = anonymous("POST", "/api/applications", "application/json", applicationBody(many), Map.of());
        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("\"too-many-materials\""), tooMany.body());
        HttpResponse<String> tooLarge = anonymous("POST", "/api/applications", "application/json", applicationBody(List.of(
                Map.of("name", "本人身份证件", "content", "A".repeat(MATERIAL_CHARACTERS + 1)))), Map.of());
        assertEquals(422, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("\"material-too-large\""), tooLarge.body());
        assertTrue(tooLarge.body().contains("/materials/0/content"), tooLarge.body());
    }

    /** One import; every check of a try. */
    private static HttpResponse<String> tryImport(byte[] file, String type, boolean dryRun) throws Exception {
        HttpResponse<String> before = platform.get(LIST);
        assertEquals(200, before.statusCode(), before.body());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String path = LIST + "/import?dryRun=" + dryRun + (dryRun ? "" : "&reason=" + encode("模糊测试 fuzz"));
        long started = System.nanoTime();
        HttpResponse<String> answer = send("POST", path, type, file, Map.of("If-Match", etag));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(IMPORT_ANSWERS.contains(answer.statusCode()), answer.statusCode() + " " + answer.body());
        Statistics.label("import").collect(dryRun ? "dry run" : "import", answer.statusCode());
        answered(answer, took);
        assertFalse(answer.body().contains("root:"), "an external entity was read: " + answer.body());
        if (dryRun || answer.statusCode() != 200) {
            HttpResponse<String> after = platform.get(LIST);
            assertEquals(etag, after.headers().firstValue("ETag").orElseThrow(), "the list's version moved: " + answer.body());
            assertEquals(before.body(), after.body(), "the list changed after " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }

    /** Within 5 s (1 s when a limit is named), and a 4xx is a problem naming the limit, or the row, column or pointer. */
    private static void answered(HttpResponse<String> answer, Duration took) throws IOException {
        int status = answer.statusCode();
        assertTrue(took.compareTo(ANSWER) < 0, status + " after " + took.toMillis() + " ms");
        if (status < 400) {
            return;
        }
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                status + " " + answer.headers().map() + " " + answer.body());
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(status, problem.path("status").asInt(), answer.body());
        String detail = problem.path("detail").asText("");
        assertFalse(detail.isBlank(), answer.body());
        boolean limit = status == 413 || NAMES_A_LIMIT.matcher(detail).find();
        for (JsonNode error : problem.path("errors")) {
            assertFalse(error.path("detail").asText("").isBlank(), answer.body());
            limit |= MATERIAL_LIMIT_CODES.contains(error.path("code").asText())
                    || NAMES_A_LIMIT.matcher(error.path("detail").asText()).find();
        }
        if (status == 413) {
            assertTrue(NAMES_A_LIMIT.matcher(detail).find(), "a 413 names its limit: " + answer.body());
        }
        if (status == 422) {
            JsonNode errors = problem.path("errors");
            assertTrue(errors.size() > 0, answer.body());
            for (JsonNode error : errors) {
                boolean located = error.hasNonNull("row") || error.hasNonNull("column") || error.hasNonNull("pointer")
                        || error.hasNonNull("parameter") || error.hasNonNull("item") || error.hasNonNull("code")
                        || error.path("detail").asText().equals(detail);
                assertTrue(located || limit, "an error without its place: " + answer.body());
            }
        }
        if (limit) {
            assertTrue(took.compareTo(LIMIT) < 0, "a limit named after " + took.toMillis() + " ms: " + detail);
        }
    }

    @Provide
    Arbitrary<String> sheetTypes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of("text/csv", XLSX, "application/octet-stream")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("text/plain", "application/csv", "application/vnd.ms-excel",
                        "text/csv;charset=GBK")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("image/png", "multipart/form-data; boundary=x", "application/json")));
    }

    @Provide
    Arbitrary<byte[]> csvFiles() {
        String text = new String(exportedCsv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Arbitrary<Integer> at = Arbitraries.integers().between(0, text.length());
        Arbitrary<byte[]> asIs = Arbitraries.just(exportedCsv);
        Arbitrary<byte[]> encodings = Arbitraries.of("GBK", "GB18030", "UTF-16LE", "BOM+GBK", "GBK+UTF-8", "ISO-8859-1")
                .map(encoding -> Hostile.encoded(text, encoding));
        // 1,800,000 characters of 3 bytes: past max.bytes (5 MiB), a 413
        Arbitrary<byte[]> hugeCell = Combinators.combine(at, Arbitraries.of(3_999, 4_001, 20_000, 400_000, 1_800_000))
                .as((position, length) -> utf8(text.substring(0, position) + "长".repeat(length) + text.substring(position)));
        Arbitrary<byte[]> manyColumns = Combinators.combine(at, Arbitraries.integers().between(1, 300))
                .as((position, columns) -> utf8(text.substring(0, position) + ",x".repeat(columns) + text.substring(position)));
        Arbitrary<byte[]> manyRows = Arbitraries.integers().between(10, 2_300).map(rows -> {
            StringBuilder more = new StringBuilder(text);
            for (int i = 0; i < rows; i++) {
                more.append(100 + i).append(",事项").append(i).append(",1．区级：受理,区人社局\r\n");
            }
            return utf8(more.toString());
        });
        Arbitrary<byte[]> quotes = Combinators.combine(at, Arbitraries.of("\"", "\"\"\"", "\"x", "x\"\r\n", "\r", "\n\n"))
                .as((position, noise) -> utf8(text.substring(0, position) + noise + text.substring(position)));
        Arbitrary<byte[]> formulas = Combinators.combine(Arbitraries.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")",
                "+1+1", "-2+3", "@SUM(1,1)", "\t=1", "'=1+1", "=1+1\r\n=2"), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 99))
                .as((formula, column, seq) -> utf8(Hostile.withCell(text, seq, column, formula)));
        Arbitrary<byte[]> noise = Combinators.combine(at,
                Arbitraries.strings().withChars(",\"\r\n\t=+-@'测试√×\u0000\uFEFF\uFFFDaZ9").ofMaxLength(40))
                .as((position, inserted) -> utf8(text.substring(0, position) + inserted + text.substring(position)));
        return Arbitraries.oneOf(asIs, Hostile.mutated(exportedCsv), Hostile.truncated(exportedCsv), encodings, hugeCell,
                manyColumns, manyRows, quotes, formulas, noise, Arbitraries.bytes().array(byte[].class).ofMaxSize(4000));
    }

    @Provide
    Arbitrary<byte[]> xlsxFiles() {
        List<String> names = new ArrayList<>(xlsxEntries.keySet());
        List<String> xml = Hostile.xmlEntries(xlsxEntries);
        Arbitrary<byte[]> entryCut = Combinators.combine(Arbitraries.of(names), Arbitraries.doubles().between(0, 1))
                .as((name, fraction) -> {
                    Map<String, byte[]> cut = new LinkedHashMap<>(xlsxEntries);
                    byte[] content = cut.get(name);
                    cut.put(name, Arrays.copyOf(content, (int) (content.length * fraction)));
                    return Zips.of(cut);
                });
        Arbitrary<byte[]> entryRandom = Combinators.combine(Arbitraries.of(names),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)).as((name, random) -> {
                    Map<String, byte[]> replaced = new LinkedHashMap<>(xlsxEntries);
                    replaced.put(name, random);
                    return Zips.of(replaced);
                });
        Arbitrary<byte[]> entryLeftOut = Arbitraries.of(names).map(name -> {
            Map<String, byte[]> fewer = new LinkedHashMap<>(xlsxEntries);
            fewer.remove(name);
            return Zips.of(fewer);
        });
        Arbitrary<byte[]> entities = Combinators.combine(Arbitraries.of(xml), Arbitraries.of(Hostile.XXE, Hostile.LAUGHS))
                .as((name, doctype) -> Hostile.withEntities(xlsxEntries, name, doctype));
        Arbitrary<byte[]> manyEntries = Arbitraries.integers().between(1, 400).map(extra -> {
            Map<String, byte[]> more = new LinkedHashMap<>(xlsxEntries);
            for (int i = 0; i < extra; i++) {
                more.put("xl/media/e" + i + ".bin", new byte[] {(byte) i});
            }
            return Zips.of(more);
        });
        Arbitrary<byte[]> bombs = Arbitraries.of(Hostile.bomb(xlsxEntries), Hostile.largeBomb(xlsxEntries));
        return Arbitraries.oneOf(Arbitraries.just(exportedXlsx), Hostile.mutated(exportedXlsx),
                Hostile.truncated(exportedXlsx), entryCut, entryRandom, entryLeftOut, entities, manyEntries, bombs);
    }

    @Provide
    Arbitrary<String> jsonTypes() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.of("application/json",
                "application/json;charset=UTF-8")), net.jqwik.api.Tuple.of(1, Arbitraries.of("text/plain",
                        "application/octet-stream", "multipart/form-data; boundary=x", "image/png")));
    }

    @Provide
    Arbitrary<String> applicationEndpoints() {
        return Arbitraries.of("/api/applications/check", "/api/applications", "/api/applications/" + number + "/materials",
                "/api/applications/341000-20240927-000001/materials", "/api/applications/..%2F..%2Fetc/materials");
    }

    /** After the fuzz: the materials of every application taken read back, as its applicant. */
    @Example
    void theMaterialsOfTheApplicationsTakenReadBack() throws Exception {
        HttpResponse<String> application = anonymous("GET", "/api/applications/" + number, null, null,
                Map.of("X-Id-Suffix", "121233"));
        assertEquals(200, application.statusCode(), application.body());
        int read = 0;
        for (JsonNode material : JSON.readTree(application.body()).findValues("materials")) {
            for (JsonNode one : material) {
                if (one.has("id")) {
                    HttpResponse<String> content = anonymous("GET", "/api/applications/" + number + "/materials/"
                            + one.path("id").asText(), null, null, Map.of("X-Id-Suffix", "121233"));
                    assertEquals(200, content.statusCode(), content.body());
                    read++;
                }
            }
        }
        assertTrue(read > 0, application.body());
    }

    @Provide
    Arbitrary<byte[]> applicationBodies() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("本人身份证件", "../../etc/passwd", "..\\..\\windows\\win.ini",
                "a/b/c", "%2e%2e%2f", "", " ", "con", "name\u0000.png", "<script>alert(1)</script>", "x".repeat(201)),
                Arbitraries.strings().ofMaxLength(30));
        Arbitrary<String> content = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3000).map(bytes -> Base64.getEncoder().encodeToString(bytes)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(bytes -> "data:"
                        + "application/x-msdownload;base64," + Base64.getEncoder().encodeToString(bytes)),
                Arbitraries.of("data:;base64,", "data:text/html,<script>alert(1)</script>", "data:image/png;base64,@@@@",
                        "", " ", "%PDF-1.7\n%\u00e2\u00e3", "A".repeat(MATERIAL_CHARACTERS), "A".repeat(MATERIAL_CHARACTERS + 1)),
                Arbitraries.strings().ofMaxLength(200));
        Arbitrary<Map<String, Object>> material = Arbitraries.oneOf(
                Combinators.combine(name, content).as((n, c) -> Map.<String, Object>of("name", n, "content", c)),
                Arbitraries.of(Map.<String, Object>of("name", 7), Map.<String, Object>of("content", List.of()),
                        Map.<String, Object>of("name", "a", "content", "b", "type", "image/png"), Map.<String, Object>of()));
        Arbitrary<byte[]> wellFormed = material.list().ofMaxSize(30).map(UploadFuzzIT::applicationBody);
        Arbitrary<byte[]> many = Arbitraries.integers().between(19, 400).map(count -> {
            List<Map<String, String>> materials = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                materials.add(Map.of("name", "材料" + i, "content", "data:image/png;base64,AAAA"));
            }
            return applicationBody(materials);
        });
        Arbitrary<byte[]> large = Arbitraries.integers().between(1, 3).map(count -> {
            List<Map<String, String>> materials = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                materials.add(Map.of("name", "材料" + i, "content", "A".repeat(MATERIAL_CHARACTERS - 10)));
            }
            return applicationBody(materials);
        });
        byte[] valid = applicationBody(List.of(Map.of("name", "本人身份证件", "content", "data:image/png;base64,AAAA")));
        return Arbitraries.oneOf(wellFormed, many, large, Hostile.mutated(valid), Hostile.truncated(valid),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000));
    }

    /** An application of an item on the generic form of 黄山市 with these materials. */
    static byte[] applicationBody(List<? extends Map<String, ?>> materials) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jurisdiction", "341000");
        body.put("items", List.of(genericItem));
        body.put("applicant", Map.of("name", "李华", "idNumber", "341002198503121233", "phone", "13912345678",
                "address", "安徽省黄山市屯溪区黄山西路1号"));
        body.put("commitment", true);
        body.put("answers", Map.of());
        body.put("materials", materials);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first item of 黄山市 whose form is the generic one. */
    private static String genericItem() throws Exception {
        JsonNode items = JSON.readTree(platform.get("/api/jurisdictions/341000/items").body());
        for (JsonNode id : items.findValues("id")) {
            if (!id.isTextual()) {
                continue;
            }
            JsonNode itemForm = JSON.readTree(platform.get("/api/applications/form?jurisdiction=341000&items="
                    + encode(id.asText())).body());
            JsonNode first = itemForm.path("items").path(0);
            if ("generic".equals(first.path("form").asText()) && itemForm.path("materials").isEmpty()) {
                return id.asText();
            }
        }
        throw new AssertionError("黄山市 has no item on the generic form: " + items);
    }

    private static byte[] download(String format) throws Exception {
        HttpResponse<byte[]> answer = platform.client().send(HttpRequest.newBuilder(platform.uri(LIST + "?format=" + format))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), format);
        return answer.body();
    }

    private static HttpResponse<String> importing(byte[] file, String type, boolean dryRun) throws Exception {
        String etag = platform.get(LIST).headers().firstValue("ETag").orElseThrow();
        return send("POST", LIST + "/import?dryRun=" + dryRun, type, file, Map.of("If-Match", etag));
    }

    /** A request as Yeji's office. */
    static HttpResponse<String> send(String method, String path, String type, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        Map<String, String> signedIn = new LinkedHashMap<>(headers);
        signedIn.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (OFFICE + ":" + OFFICE_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return anonymous(method, path, type, body, signedIn);
    }

    /** A request without sign-in, as an applicant sends it. */
    static HttpResponse<String> anonymous(String method, String path, String type, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return platform.client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within 30 s");
            }
            Thread.sleep(250);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Hostile files grown from valid ones. */
    static final class Hostile {

        static final String XXE = "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
        static final String LAUGHS;

        static {
            StringBuilder laughs = new StringBuilder("<!DOCTYPE r [<!ENTITY e0 \"lol\">");
            for (int level = 1; level <= 9; level++) {
                laughs.append("<!ENTITY e").append(level).append(" \"").append(("&e" + (level - 1) + ";").repeat(10)).append("\">");
            }
            LAUGHS = laughs.append("<!ENTITY e \"&e9;\">]>").toString();
        }

        private static byte[] bomb;
        private static byte[] largeBomb;

        private Hostile() {
        }

        /** Up to a dozen bytes changed anywhere. */
        static Arbitrary<byte[]> mutated(byte[] valid) {
            return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 255))
                    .as((at, value) -> new int[] {at, value}).list().ofMinSize(1).ofMaxSize(12).map(changes -> {
                        byte[] file = valid.clone();
                        changes.forEach(change -> file[change[0] % file.length] = (byte) change[1]);
                        return file;
                    });
        }

        static Arbitrary<byte[]> truncated(byte[] valid) {
            return Arbitraries.integers().between(1, valid.length - 1).map(n -> Arrays.copyOf(valid, n));
        }

        /** The text in an encoding, or two mixed: {@code BOM+GBK} (a UTF-8 mark before GBK), {@code GBK+UTF-8}. */
        static byte[] encoded(String text, String encoding) {
            return switch (encoding) {
                case "BOM+GBK" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(Charset.forName("GBK")));
                case "GBK+UTF-8" -> concat(text.substring(0, text.length() / 2).getBytes(Charset.forName("GBK")),
                        utf8(text.substring(text.length() / 2)));
                case "UTF-16LE" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
                default -> text.getBytes(Charset.forName(encoding));
            };
        }

        /** The CSV with one more row whose cell {@code column} (1-based) is {@code value}. */
        static String withCell(String csv, int seq, int column, String value) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(900 + seq), "事项" + seq, "1．区级：受理", "区人社局"));
            cells.set(column - 1, value);
            return csv + String.join(",", cells) + "\r\n";
        }

        /** The entries that are XML. */
        static List<String> xmlEntries(Map<String, byte[]> entries) {
            return entries.keySet().stream().filter(name -> name.endsWith(".xml") || name.endsWith(".rels")).toList();
        }

        /** The workbook with a document type declaration in one XML entry, its first text using the entity {@code e}. */
        static byte[] withEntities(Map<String, byte[]> entries, String entry, String doctype) {
            String xml = new String(entries.get(entry), StandardCharsets.UTF_8);
            int root = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            String hostile = xml.substring(0, root) + doctype + xml.substring(root);
            hostile = hostile.replaceFirst("<t>", "<t>&e;").replaceFirst("<t xml:space=\"preserve\">", "<t xml:space=\"preserve\">&e;");
            Map<String, byte[]> changed = new LinkedHashMap<>(entries);
            changed.put(entry, utf8(hostile));
            return Zips.of(changed);
        }

        /** The worksheet padded with 5 MiB of blanks: a thousand times its compressed size. */
        static synchronized byte[] bomb(Map<String, byte[]> entries) {
            if (bomb == null) {
                bomb = padded(entries, 5 * 1024 * 1024);
            }
            return bomb;
        }

        /** The worksheet padded with 200 MiB of blanks: past every inflated size. */
        static synchronized byte[] largeBomb(Map<String, byte[]> entries) {
            if (largeBomb == null) {
                largeBomb = padded(entries, 200 * 1024 * 1024);
            }
            return largeBomb;
        }

        private static byte[] padded(Map<String, byte[]> entries, int blanks) {
            String sheet = entries.keySet().stream().filter(name -> name.startsWith("xl/worksheets/")).findFirst().orElseThrow();
            String xml = new String(entries.get(sheet), StandardCharsets.UTF_8);
            int at = xml.indexOf("<sheetData");
            return Zips.padded(entries, sheet, utf8(xml.substring(0, at)), blanks, utf8(xml.substring(at)));
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] both = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }
}
