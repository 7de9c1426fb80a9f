package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

import com.fasterxml.jackson.databind.JsonNode;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.event.EventLog;
import io.renshe.catalog.api.event.PlatformEvent;
import io.renshe.catalog.store.StoreStatus;

/**
 * Every endpoint of the API, with its success and its error answers, checked against docs/api.md: JSON in UTF-8,
 * camelCase fields, lower-case enum values, no nulls, and an RFC 9457 problem for every 4xx and 5xx. The endpoints
 * are read from the JAX-RS whiteboard's runtime, so an endpoint added later that this walk does not cover fails it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiConventionIT extends PlatformTestSupport {

    @Inject
    protected JaxrsServiceRuntime runtime;

    /** One request of the walk and what it must answer. */
    record Call(String endpoint, String method, String path, String contentType, byte[] body, String accept,
            int expected, String parameter, boolean document, Map<String, String> headers) {

        Call(String endpoint, String method, String path, String contentType, byte[] body, String accept,
                int expected, String parameter, boolean document) {
            this(endpoint, method, path, contentType, body, accept, expected, parameter, document, Map.of());
        }
    }

    /** The administrator's credentials. */
    private static final Map<String, String> AS_ADMIN = Map.of("Authorization", basic(ADMIN, ADMIN_PASSWORD));

    /** What the walk has covered: per endpoint, whether a success and an error were seen. */
    private final Map<String, boolean[]> covered = new LinkedHashMap<>();

    private JsonNode call(Call call) throws Exception {
        Answer answer = request(call.method(), call.path(), call.contentType(), call.body(), call.accept(),
                call.headers());
        String what = call.method() + " " + call.path();
        assertEquals(what + " answered " + answer.body(), call.expected(), answer.status());
        JsonNode json = ApiConvention.check(what, answer.status(), answer.contentType(), answer.body(), call.document());
        if (call.endpoint() != null && !call.document() && json != null && answer.status() < 300
                && answer.contentType().contains("json")) {
            conforms(call, answer.status(), json);
        }
        if (call.parameter() != null) {
            assertEquals(what + ": the parameter at fault", call.parameter(), json.path("parameter").asText());
        }
        if (call.endpoint() != null) {
            covered.computeIfAbsent(call.endpoint(), e -> new boolean[2])[answer.status() < 400 ? 0 : 1] = true;
        }
        return json;
    }

    /** The API's description, read when the walk first needs it, and again when it lacks an endpoint walked since. */
    private JsonNode openApi;

    /** The endpoints of the walk whose success, a JSON answer, has no schema in the API's description. */
    private final TreeSet<String> untyped = new TreeSet<>();

    /** The endpoints of the walk whose successful request bodies were checked against their request schema. */
    private final TreeSet<String> requestsChecked = new TreeSet<>();

    /** A successful JSON answer checked against the schema of its operation's answer in /api/openapi.json. */
    private void conforms(Call call, int status, JsonNode json) throws Exception {
        String method = call.endpoint().substring(0, call.endpoint().indexOf(' ')).toLowerCase(Locale.ROOT);
        String template = call.endpoint().substring(call.endpoint().indexOf(' ') + 1);
        JsonNode operation = openApi == null ? null : openApi.path("paths").path(template).path(method);
        if (operation == null || operation.isMissingNode()) {
            openApi = json(get("/api/openapi.json"));
            operation = openApi.path("paths").path(template).path(method);
        }
        JsonNode schema = jsonSchema(operation.path("responses").path(String.valueOf(status)).path("content"));
        JsonNode request = jsonSchema(operation.path("requestBody").path("content"));
        // a success, except the answer of a check that found the request wrong (POST /api/applications/check)
        if (request != null && call.body() != null && call.contentType() != null
                && call.contentType().contains("json") && json.path("eligible").asBoolean(true)) {
            requestsChecked.add(call.endpoint());
            assertEquals(call.method() + " " + call.path() + " was sent as the request schema of " + call.endpoint()
                    + " says", List.of(), new OpenApiSchemaCheck(openApi).violations(request, JSON.readTree(call.body())));
        }
        if (schema == null) {
            untyped.add(call.endpoint() + " " + status);
            return;
        }
        assertEquals(call.method() + " " + call.path() + " answers as the schema of " + call.endpoint() + " says",
                List.of(), new OpenApiSchemaCheck(openApi).violations(schema, json));
    }

    /** The schema of the JSON media type of a content object ({@code null} when it has none). */
    private static JsonNode jsonSchema(JsonNode content) {
        JsonNode schema = null;
        for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext();) {
            Map.Entry<String, JsonNode> one = media.next();
            if (one.getKey().contains("json") && one.getValue().has("schema")) {
                schema = one.getValue().get("schema");
            }
        }
        return schema;
    }

    private JsonNode ok(String endpoint, String path) throws Exception {
        return call(new Call(endpoint, "GET", path, null, null, "application/json", 200, null, false));
    }

    private JsonNode error(String endpoint, String path, int status, String parameter) throws Exception {
        return call(new Call(endpoint, "GET", path, null, null, "application/json", status, parameter, false));
    }

    private JsonNode notAcceptable(String endpoint, String path) throws Exception {
        return call(new Call(endpoint, "GET", path, null, null, "application/xml", 406, null, false));
    }

    private JsonNode validate(String contentType, byte[] jar, int status) throws Exception {
        return call(new Call("POST /api/validate", "POST", "/api/validate", contentType, jar, "application/json", status,
                null, false, AS_ADMIN));
    }

    private String etag(String path) throws Exception {
        Answer answer = get(path);
        assertEquals(answer.body(), 200, answer.status());
        assertTrue("a list answer carries an ETag", answer.header("ETag") != null);
        return answer.header("ETag");
    }

    private static Map<String, String> ifMatch(String etag) {
        Map<String, String> headers = new LinkedHashMap<>(AS_ADMIN);
        headers.put("If-Match", etag);
        return headers;
    }

    private byte[] body(Object value) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(value);
    }

    /** The offices' overlay (docs/offices.md): entries, the history, reverts, locks and units, as the administrator. */
    private void overlayEndpoints() throws Exception {
        String nearby = "/api/jurisdictions/341000/lists/nearby";
        String put = "PUT /api/jurisdictions/{id}/lists/{listId}/entries/{seq}";
        Map<String, Object> added = Map.of("name", "接口约定测试事项", "units", List.of("农村社会保险科"), "channels",
                List.of("window"), "limit", "即办", "reason", "接口约定测试");
        JsonNode written = call(new Call(put, "PUT", nearby + "/entries/99", "application/json", body(added),
                "application/json", 200, null, false, ifMatch(etag(nearby))));
        long putId = written.path("changes").get(0).path("id").asLong();
        assertEquals(putId, written.path("entry").path("provenance").path("overlay").asLong());
        call(new Call(put, "PUT", nearby + "/entries/99", "application/json", body(added), "application/json", 428,
                null, false, AS_ADMIN));
        call(new Call(put, "PUT", nearby + "/entries/99", "text/plain", "x".getBytes(StandardCharsets.UTF_8),
                "application/json", 415, null, false, ifMatch(etag(nearby))));
        call(new Call(put, "PUT", nearby + "/entries/99", "application/json", body(Map.of("name", "x", "reason", "y")),
                "application/json", 409, null, false, ifMatch("\"0000000000\"")));

        String delete = "DELETE /api/jurisdictions/{id}/lists/{listId}/entries/{seq}";
        call(new Call(delete, "DELETE", nearby + "/entries/98?reason=x", null, null, "application/json", 404, null,
                false, ifMatch(etag(nearby))));
        call(new Call(delete, "DELETE", nearby + "/entries/99", null, null, "application/json", 400, "reason", false,
                ifMatch(etag(nearby))));
        JsonNode hidden = call(new Call(delete, "DELETE", nearby + "/entries/99?reason=" + encode("测试隐藏"), null, null,
                "application/json", 200, null, false, ifMatch(etag(nearby))));
        long hideId = hidden.path("changes").get(0).path("id").asLong();
        assertFalse("a hidden entry is left out of the answer", hidden.has("entry"));

        String changes = "GET /api/jurisdictions/{id}/changes";
        assertEquals(hideId, ok(changes, "/api/jurisdictions/341000/changes").get(0).path("id").asLong());
        error(changes, "/api/jurisdictions/341000/changes?limit=0", 400, "limit");
        error(changes, "/api/jurisdictions/341000/changes?before=x", 400, "before");
        error(changes, "/api/jurisdictions/123456/changes", 404, null);
        String change = "GET /api/jurisdictions/{id}/changes/{changeId}";
        assertEquals("put-entry", ok(change, "/api/jurisdictions/341000/changes/" + putId).path("action").asText());
        error(change, "/api/jurisdictions/341000/changes/999999", 404, null);
        error(change, "/api/jurisdictions/341000/changes/x", 400, "changeId");

        String revert = "POST /api/jurisdictions/{id}/changes/{changeId}/revert";
        JsonNode reverted = call(new Call(revert, "POST", "/api/jurisdictions/341000/changes/" + hideId + "/revert",
                "application/json", body(Map.of("reason", "恢复")), "application/json", 200, null, false,
                ifMatch(etag(nearby))));
        assertEquals(hideId, reverted.path("changes").get(0).path("reverts").asLong());
        call(new Call(revert, "POST", "/api/jurisdictions/341000/changes/" + putId + "/revert?reason=x", null, null,
                "application/json", 409, null, false, ifMatch(etag(nearby))));

        String locks = "GET /api/jurisdictions/{id}/locks";
        error(locks, "/api/jurisdictions/123456/locks", 404, null);
        String lock = "PUT /api/jurisdictions/{id}/locks/{itemCode}/{field}";
        JsonNode locked = call(new Call(lock, "PUT", "/api/jurisdictions/340000/locks/1.10.1/limit?reason="
                + encode("法定时限"), null, null, "application/json", 200, null, false, AS_ADMIN));
        assertEquals("lock", locked.path("action").asText());
        call(new Call(lock, "PUT", "/api/jurisdictions/340000/locks/1.10.1/colour?reason=x", null, null,
                "application/json", 400, "field", false, AS_ADMIN));
        assertEquals("limit", ok(locks, "/api/jurisdictions/341000/locks").path("binding").get(0).path("field").asText());
        String unlock = "DELETE /api/jurisdictions/{id}/locks/{itemCode}/{field}";
        call(new Call(unlock, "DELETE", "/api/jurisdictions/340000/locks/1.10.1/limit?reason=x", null, null,
                "application/json", 200, null, false, AS_ADMIN));
        call(new Call(unlock, "DELETE", "/api/jurisdictions/340000/locks/1.10.1/limit?reason=x", null, null,
                "application/json", 404, null, false, AS_ADMIN));

        String unit = "PUT /api/jurisdictions/{id}/units/{name}";
        call(new Call(unit, "PUT", "/api/jurisdictions/341000/units/" + encode("接口测试中心"), "application/json",
                body(Map.of("type", "center", "reason", "新设")), "application/json", 200, null, false, AS_ADMIN));
        JsonNode invalid = call(new Call(unit, "PUT", "/api/jurisdictions/341000/units/" + encode("另一个中心"),
                "application/json", body(Map.of("type", "bureau", "reason", "新设")), "application/json", 422, null,
                false, AS_ADMIN));
        assertEquals("/type", invalid.path("errors").get(0).path("pointer").asText());
    }

    @Test
    public void everyEndpointAnswersByTheConvention() throws Exception {
        await("the API", () -> get("/api/jurisdictions").status() == 200);
        installFeature("renshe-huangshan");
        installFeature("renshe-baiyin-district");
        await("黄山市 active", () -> "active".equals(json(get("/api/jurisdictions/341000")).path("status").asText()));
        await("白银区 active", () -> "active".equals(json(get("/api/jurisdictions/620402")).path("status").asText()));

        String health = "GET /api/health";
        JsonNode summary = ok(health, "/api/health");
        // 黄山市 and 白银区 with their ancestors 安徽省, 甘肃省 and 白银市
        assertEquals(5, summary.path("jurisdictionCount").asInt());
        assertFalse("a count, not a list", summary.has("jurisdictions"));
        notAcceptable(health, "/api/health");
        String live = "GET /api/health/live";
        assertEquals("up", ok(live, "/api/health/live").path("status").asText());
        notAcceptable(live, "/api/health/live");
        String ready = "GET /api/health/ready";
        assertEquals("up", ok(ready, "/api/health/ready").path("checks").path("catalog").asText());
        String details = "GET /api/health/details";
        JsonNode all = call(new Call(details, "GET", "/api/health/details", null, null, "application/json", 200, null,
                false, AS_ADMIN));
        assertEquals(5, all.path("jurisdictions").size());
        assertEquals("active", all.path("jurisdictions").get(0).path("status").asText());
        JsonNode refused = error(details, "/api/health/details", 401, null);
        assertFalse(refused.toString(), refused.toString().contains("jdbc"));
        JsonNode office = call(new Call(details, "GET", "/api/health/details", null, null, "application/json", 403, null,
                false, Map.of("Authorization", basic(YEJI, YEJI_PASSWORD))));
        assertFalse(office.toString(), office.toString().contains("jdbc"));

        String jurisdictions = "GET /api/jurisdictions";
        ok(jurisdictions, "/api/jurisdictions");
        notAcceptable(jurisdictions, "/api/jurisdictions");
        String jurisdiction = "GET /api/jurisdictions/{id}";
        assertEquals("city", ok(jurisdiction, "/api/jurisdictions/341000").path("level").asText());
        error(jurisdiction, "/api/jurisdictions/123456", 404, null);
        String catalog = "GET /api/jurisdictions/{id}/catalog";
        ok(catalog, "/api/jurisdictions/341000/catalog");
        error(catalog, "/api/jurisdictions/123456/catalog", 404, null);

        String items = "GET /api/jurisdictions/{id}/items";
        JsonNode bank = ok(items, "/api/jurisdictions/341000/items?channel=bank");
        assertTrue(bank.toString(), bank.toString().contains("\"channels\":[") && bank.toString().contains("\"bank\""));
        error(items, "/api/jurisdictions/341000/items?level=county", 400, "level");
        error(items, "/api/jurisdictions/341000/items?channel=fax", 400, "channel");
        error(items, "/api/jurisdictions/341000/items?unit=" + encode("无此科室"), 400, "unit");
        error(items, "/api/jurisdictions/341000/items?category=x", 400, "category");
        error(items, "/api/jurisdictions/341000/items?applicant=x", 400, "applicant");
        error(items, "/api/jurisdictions/341000/items?q=", 400, "q");
        error(items, "/api/jurisdictions/341000/items?levl=town", 400, "levl");
        error(items, "/api/jurisdictions/341000/items?level=town&level=village", 400, "level");
        error(items, "/api/jurisdictions/123456/items", 404, null);

        String lists = "GET /api/jurisdictions/{id}/lists";
        ok(lists, "/api/jurisdictions/341000/lists");
        error(lists, "/api/jurisdictions/123456/lists", 404, null);
        String list = "GET /api/jurisdictions/{id}/lists/{listId}";
        ok(list, "/api/jurisdictions/341000/lists/online");
        error(list, "/api/jurisdictions/341000/lists/nope", 404, null);
        // the same path as a spreadsheet (docs/spreadsheets.md): CSV and xlsx, chosen by format or by Accept
        assertEquals(null, call(new Call(list, "GET", "/api/jurisdictions/341000/lists/online?format=csv", null, null,
                null, 200, null, false)));
        call(new Call(list, "GET", "/api/jurisdictions/341000/lists/online?format=xlsx", null, null, "*/*", 200, null,
                false));
        call(new Call(list, "GET", "/api/jurisdictions/341000/lists/online", null, null, "text/csv", 200, null, false));
        error(list, "/api/jurisdictions/341000/lists/online?format=pdf", 400, "format");
        error(list, "/api/jurisdictions/341000/lists/online?format=csv&format=xlsx", 400, "format");
        call(new Call(list, "GET", "/api/jurisdictions/341000/lists/nope?format=xlsx", null, null, null, 404, null,
                false));
        String sheetImport = "POST /api/jurisdictions/{id}/lists/{listId}/import";
        byte[] sheet = request("GET", "/api/jurisdictions/341000/lists/citywide?format=csv", null, null, null).body()
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> asHuangshan = Map.of("Authorization", basic(HUANGSHAN, HUANGSHAN_PASSWORD));
        JsonNode dryRun = call(new Call(sheetImport, "POST", "/api/jurisdictions/341000/lists/citywide/import?dryRun=true",
                "text/csv", sheet, "application/json", 200, null, false, asHuangshan));
        assertEquals(25, dryRun.path("unchanged").asInt());
        call(new Call(sheetImport, "POST", "/api/jurisdictions/341000/lists/citywide/import?dryRun=true", "text/csv",
                sheet, "application/json", 401, null, false));
        call(new Call(sheetImport, "POST", "/api/jurisdictions/341000/lists/citywide/import?dryRun=maybe", "text/csv",
                sheet, "application/json", 400, "dryRun", false, asHuangshan));
        call(new Call(sheetImport, "POST", "/api/jurisdictions/341000/lists/citywide/import?dryRun=true", "image/png",
                sheet, "application/json", 415, null, false, asHuangshan));
        JsonNode rows = call(new Call(sheetImport, "POST", "/api/jurisdictions/341000/lists/citywide/import?dryRun=true",
                "text/csv", "序号,事项名称\r\n1,\r\n".getBytes(StandardCharsets.UTF_8), "application/json", 422, null,
                false, asHuangshan));
        for (JsonNode rowError : rows.path("errors")) {
            assertTrue(rowError.toString(), rowError.path("row").isInt());
        }
        String bundles = "GET /api/jurisdictions/{id}/bundles";
        JsonNode oneThings = ok(bundles, "/api/jurisdictions/620402/bundles");
        error(bundles, "/api/jurisdictions/123456/bundles", 404, null);
        String bundle = "GET /api/jurisdictions/{id}/bundles/{bundleId}";
        ok(bundle, "/api/jurisdictions/620402/bundles/" + encode(oneThings.get(0).path("id").asText()));
        error(bundle, "/api/jurisdictions/620402/bundles/nope", 404, null);

        overlayEndpoints();

        String catalogue = "GET /api/catalogue";
        ok(catalogue, "/api/catalogue");
        notAcceptable(catalogue, "/api/catalogue");
        String item = "GET /api/items/{code}";
        ok(item, "/api/items/1.10.1");
        error(item, "/api/items/9.9.9", 404, null);
        String offered = "GET /api/items/{code}/jurisdictions";
        ok(offered, "/api/items/1.10.1/jurisdictions");
        error(offered, "/api/items/9.9.9/jurisdictions", 404, null);
        error(offered, "/api/items/1.10.1/jurisdictions?limit=0", 400, "limit");
        error(offered, "/api/items/1.10.1/jurisdictions?limit=1001", 400, "limit");
        error(offered, "/api/items/1.10.1/jurisdictions?offset=-1", 400, "offset");
        error(offered, "/api/items/1.10.1/jurisdictions?page=2", 400, "page");
        String compare = "GET /api/compare";
        ok(compare, "/api/compare?a=341000&b=620402");
        error(compare, "/api/compare?a=341000", 400, "b");
        error(compare, "/api/compare?a=123456&b=620402", 404, null);

        String calendar = "GET /api/calendar";
        ok(calendar, "/api/calendar");
        notAcceptable(calendar, "/api/calendar");
        String due = "GET /api/calendar/{jurisdictionId}/due";
        JsonNode dueDate = ok(due, "/api/calendar/341504/due?limit=" + encode("15个工作日") + "&from=2024-02-08");
        assertEquals("working-days", dueDate.path("limit").path("kind").asText());
        assertEquals("holiday", dueDate.path("skipped").get(0).path("type").asText());
        error(due, "/api/calendar/341504/due?limit=" + encode("15个工作日") + "&from=2024-13-01", 400, "from");
        error(due, "/api/calendar/341504/due?from=2024-02-08", 400, "limit");
        error(due, "/api/calendar/34150/due?limit=" + encode("15个工作日") + "&from=2024-02-08", 400, "jurisdictionId");
        String workingDays = "GET /api/calendar/{jurisdictionId}/working-days";
        ok(workingDays, "/api/calendar/341000/working-days?from=2024-02-08&to=2024-02-27");
        error(workingDays, "/api/calendar/341000/working-days?from=2024-02-08&to=tomorrow", 400, "to");
        String day = "GET /api/calendar/{jurisdictionId}/days/{date}";
        assertFalse("an absent value is left out", ok(day, "/api/calendar/341000/days/2024-02-12").has("coverage"));
        error(day, "/api/calendar/341000/days/2024-13-01", 400, "date");
        String year = "GET /api/calendar/{jurisdictionId}/{year}";
        JsonNode y2025 = ok(year, "/api/calendar/341000/2025");
        assertEquals("adjusted-working-day", y2025.path("adjustedWorkingDays").get(0).path("type").asText());
        error(year, "/api/calendar/341000/24", 400, "year");

        String schema = "GET /api/schema/renshe-catalog-1.json";
        JsonNode format = call(new Call(schema, "GET", "/api/schema/renshe-catalog-1.json", null, null, "*/*", 200, null,
                true));
        assertEquals("the four kinds of catalog file", 4, format.path("properties").path("kind").path("enum").size());
        notAcceptable(schema, "/api/schema/renshe-catalog-1.json");

        String openApi = "GET /api/openapi.json";
        JsonNode described = call(new Call(openApi, "GET", "/api/openapi.json", null, null, "application/json", 200, null,
                true));
        assertTrue(described.path("openapi").asText(), described.path("openapi").asText().startsWith("3."));
        call(new Call(openApi, "GET", "/api/openapi.json?format=yaml", null, null, "application/json", 400, "format",
                false));

        String cpsv = "GET /api/jurisdictions/{id}/cpsv";
        JsonNode linked = call(new Call(cpsv, "GET", "/api/jurisdictions/341000/cpsv", null, null, "application/ld+json",
                200, null, true));
        assertTrue("a JSON-LD document", linked.has("@context") && linked.has("@graph"));
        error(cpsv, "/api/jurisdictions/123456/cpsv", 404, null);

        // POST /api/validate: every way a body can be wrong
        assertEquals("active", validate("application/java-archive",
                jurisdictionBundle("test-province", "test.province", "1.0.0"), 200).path("status").asText());
        validate("application/java-archive", new byte[0], 400);
        validate("application/java-archive", "not a jar at all".getBytes(StandardCharsets.UTF_8), 400);
        assertTrue(validate("application/zip", zipWithoutManifest(), 400).path("detail").asText().contains("MANIFEST.MF"));
        assertTrue(validate("application/java-archive", jarWithoutCatalogHeader(), 400).path("detail").asText()
                .contains("Renshe-Catalog"));
        JsonNode invalid = validate("application/octet-stream",
                jurisdictionBundle("broken-city", "test.other", "9.9.9"), 422);
        assertTrue(invalid.toString(), invalid.path("errors").toString().contains("unknown field 'colour'"));
        for (JsonNode error : invalid.path("errors")) {
            assertTrue(error.toString(), List.of("list.yaml", "jurisdiction.yaml").contains(error.path("file").asText()));
            assertTrue(error.toString(), error.path("line").asInt() > 0);
        }
        validate("text/plain", "x".getBytes(StandardCharsets.UTF_8), 415);
        JsonNode anonymous = call(new Call("POST /api/validate", "POST", "/api/validate", "application/java-archive",
                jurisdictionBundle("test-province", "test.province", "1.0.0"), "application/json", 401, null, false));
        assertTrue(anonymous.toString(), anonymous.path("detail").asText().startsWith("Sign in"));
        call(new Call("POST /api/validate", "POST", "/api/validate", "application/java-archive",
                jurisdictionBundle("test-province", "test.province", "1.0.0"), "application/json", 403, null, false,
                Map.of("Authorization", basic(YEJI, YEJI_PASSWORD))));

        String me = "GET /api/me";
        JsonNode admin = call(new Call(me, "GET", "/api/me", null, null, "application/json", 200, null, false, AS_ADMIN));
        assertEquals(ADMIN, admin.path("user").asText());
        error(me, "/api/me", 401, null);

        String cluster = "GET /api/cluster";
        JsonNode nodes = call(new Call(cluster, "GET", "/api/cluster", null, null, "application/json", 200, null, false,
                AS_ADMIN));
        assertEquals(nodes.toString(), nodes.path("self").asText(), nodes.path("nodes").get(0).path("id").asText());
        assertTrue(nodes.toString(), nodes.path("nodes").get(0).path("alive").asBoolean());
        assertEquals(nodes.toString(), 0, nodes.path("drift").size());
        error(cluster, "/api/cluster", 401, null);
        call(new Call(cluster, "GET", "/api/cluster", null, null, "application/json", 403, null, false,
                Map.of("Authorization", basic(YEJI, YEJI_PASSWORD))));
        call(new Call(cluster, "GET", "/api/cluster?node=x", null, null, "application/json", 400, "node", false,
                AS_ADMIN));

        applications();
        theOpenApiDescriptionIsTheDeployedApi();

        // paths and methods that are no endpoint
        call(new Call(null, "GET", "/api/no-such-thing", null, null, "application/json", 404, null, false));
        call(new Call(null, "GET", "/no-such-thing", null, null, "application/json", 404, null, false));
        call(new Call(null, "DELETE", "/api/jurisdictions", null, null, "application/json", 405, null, false));
        Answer put = request("PUT", "/api/validate", "application/java-archive", new byte[] {1}, "application/json");
        assertEquals(405, put.status());
        ApiConvention.check("PUT /api/validate", put.status(), put.contentType(), put.body(), false);

        eventsAndHealthWhileTheDatabaseIsAway();

        // complete by construction: every resource method the whiteboard serves was walked, success and error
        List<String> missing = new ArrayList<>();
        for (String endpoint : deployedEndpoints()) {
            boolean[] seen = covered.get(endpoint);
            if (seen == null || !seen[0] || !seen[1]) {
                missing.add(endpoint + (seen == null ? " (not walked)" : !seen[0] ? " (no success walked)" : " (no error walked)"));
            }
        }
        assertEquals("every deployed endpoint is walked with a success and an error answer", List.of(), missing);
        assertEquals("the walk names only deployed endpoints", deployedEndpoints(), new TreeSet<>(covered.keySet()));
        assertEquals("successes whose JSON answer has no schema in /api/openapi.json", new TreeSet<>(List.of()), untyped);
        assertTrue("the applications' and the tasks' bodies are checked against their schema: " + requestsChecked,
                requestsChecked.containsAll(List.of("POST /api/applications", "POST /api/applications/check",
                        "POST /api/applications/{number}/materials", "POST /api/applications/{number}/rating",
                        "POST /api/tasks/{id}/return", "POST /api/tasks/{id}/approve", "POST /api/tasks/{id}/refuse")));
    }

    /** A JSON request of the walk, with headers. */
    private JsonNode send(String endpoint, String method, String path, Object body, int status, String parameter,
            Map<String, String> headers) throws Exception {
        byte[] bytes = body == null ? null : body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        return call(new Call(endpoint, method, path, body == null ? null : "application/json", bytes, "application/json",
                status, parameter, false, headers));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The applications' endpoints (docs/applications.md), each with a success and an error: an application of the card
     * one-thing of 黄山市 from submission to rating, its tasks handled by the office of 黄山市.
     */
    private void applications() throws Exception {
        installFeature("renshe-applications");
        installFeature("renshe-plugin-social-security-card");
        await("the card plug-in", () -> get("/api/plugins").body().contains("io.renshe.social-security-card"));
        Map<String, String> office = Map.of("Authorization", basic(HUANGSHAN, HUANGSHAN_PASSWORD));
        Map<String, String> none = Map.of();

        String plugins = "GET /api/plugins";
        assertEquals(8, ok(plugins, "/api/plugins").get(0).path("items").size());
        error(plugins, "/api/plugins?items=1", 400, "items");

        String form = "GET /api/applications/form";
        JsonNode card = ok(form, "/api/applications/form?jurisdiction=341000&oneThing=card-one-thing-1");
        assertEquals(8, card.path("items").size());
        error(form, "/api/applications/form?jurisdiction=34100&items=1.10.1", 400, "jurisdiction");
        error(form, "/api/applications/form?jurisdiction=341000", 400, "items");
        JsonNode unknown = error(form, "/api/applications/form?jurisdiction=341000&items=9.9.9", 404, null);
        assertEquals("unknown-item", unknown.path("errors").get(0).path("code").asText());

        Map<String, Object> application = new LinkedHashMap<>();
        application.put("jurisdiction", "341000");
        application.put("oneThing", "card-one-thing-1");
        application.put("items", List.of("1.10.1", "社会保障卡应用状态查询"));
        application.put("applicant", Map.of("name", "赵敏", "idNumber", "341002200012317899", "phone", "13800001111",
                "address", "安徽省黄山市黄山区1号"));
        application.put("commitment", true);
        application.put("materials", List.of(Map.of("name", "本人身份证件", "content", "data:image/png;base64,AAAA")));
        Map<String, Object> broken = new LinkedHashMap<>(application);
        broken.put("commitment", "yes");
        broken.put("colour", "red");

        String check = "POST /api/applications/check";
        assertTrue(send(check, "POST", "/api/applications/check", application, 200, null, none).path("eligible").asBoolean());
        JsonNode notEligible = send(check, "POST", "/api/applications/check", broken, 200, null, none);
        assertFalse(notEligible.path("eligible").asBoolean());
        send(check, "POST", "/api/applications/check", "{not json".getBytes(StandardCharsets.UTF_8), 400, null, none);

        String submit = "POST /api/applications";
        JsonNode refused = send(submit, "POST", "/api/applications", broken, 422, null, none);
        List<String> codes = new ArrayList<>();
        refused.path("errors").forEach(e -> codes.add(e.path("code").asText()));
        assertEquals(List.of("unknown-member", "wrong-type", "commitment-not-accepted"), codes);
        Map<String, Object> elsewhere = new LinkedHashMap<>(application);
        elsewhere.put("items", List.of("1.10.1", "2.4.2"));
        send(submit, "POST", "/api/applications", elsewhere, 404, null, none);
        JsonNode submitted = send(submit, "POST", "/api/applications", application, 201, null, none);
        String number = submitted.path("number").asText();
        long first = submitted.path("tasks").get(0).path("id").asLong();
        long second = submitted.path("tasks").get(1).path("id").asLong();
        Map<String, String> applicant = Map.of("X-Id-Suffix", "317899");

        String read = "GET /api/applications/{number}";
        assertEquals(number, send(read, "GET", "/api/applications/" + number, null, 200, null, applicant).path("number").asText());
        send(read, "GET", "/api/applications/" + number, null, 401, null, none);
        send(read, "GET", "/api/applications/" + number, null, 404, null, Map.of("X-Id-Suffix", "000000"));
        String material = "GET /api/applications/{number}/materials/{material}";
        long materialId = submitted.path("materials").get(0).path("id").asLong();
        assertEquals("data:image/png;base64,AAAA", send(material, "GET", "/api/applications/" + number + "/materials/"
                + materialId, null, 200, null, office).path("content").asText());
        send(material, "GET", "/api/applications/" + number + "/materials/999999", null, 404, null, applicant);

        String queue = "GET /api/tasks";
        assertEquals(2, send(queue, "GET", "/api/tasks?jurisdiction=341000", null, 200, null, office).size());
        send(queue, "GET", "/api/tasks?jurisdiction=341000&due=soon", null, 400, "due", office);
        send(queue, "GET", "/api/tasks?jurisdiction=341000", null, 401, null, none);

        String accept = "POST /api/tasks/{id}/accept";
        send(accept, "POST", "/api/tasks/" + first + "/accept", null, 200, null, office);
        send(accept, "POST", "/api/tasks/" + second + "/accept", null, 200, null, office);
        send(accept, "POST", "/api/tasks/" + first + "/accept", null, 409, null, office);
        send(accept, "POST", "/api/tasks/999999/accept", null, 404, null, office);
        String returning = "POST /api/tasks/{id}/return";
        send(returning, "POST", "/api/tasks/" + first + "/return", Map.of("missing", List.of()), 422, null, office);
        send(returning, "POST", "/api/tasks/" + first + "/return", Map.of("missing", List.of("近期免冠照片")), 200, null, office);
        String resubmit = "POST /api/applications/{number}/materials";
        send(resubmit, "POST", "/api/applications/" + number + "/materials", Map.of("materials", List.of()), 401, null, none);
        send(resubmit, "POST", "/api/applications/" + number + "/materials",
                Map.of("materials", List.of(Map.of("name", "近期免冠照片", "content", "data:image/png;base64,CCCC"))), 200,
                null, applicant);
        String approve = "POST /api/tasks/{id}/approve";
        send(approve, "POST", "/api/tasks/" + first + "/approve", Map.of("note", "材料齐全，予以通过"), 200, null, office);
        send(approve, "POST", "/api/tasks/" + first + "/approve", null, 409, null, office);
        String refuse = "POST /api/tasks/{id}/refuse";
        send(refuse, "POST", "/api/tasks/" + second + "/refuse", Map.of(), 422, null, office);
        send(refuse, "POST", "/api/tasks/" + second + "/refuse", Map.of("reason", "申请人撤回"), 200, null, office);
        String deliver = "POST /api/tasks/{id}/deliver";
        send(deliver, "POST", "/api/tasks/" + second + "/deliver", null, 409, null, office);
        send(deliver, "POST", "/api/tasks/" + first + "/deliver", null, 200, null, office);
        String rate = "POST /api/applications/{number}/rating";
        send(rate, "POST", "/api/applications/" + number + "/rating", Map.of("score", "good"), 422, null, applicant);
        assertTrue(send(rate, "POST", "/api/applications/" + number + "/rating", Map.of("score", 2, "comment", "慢"),
                200, null, applicant).path("rating").path("followUp").asBoolean());

        String statistics = "GET /api/statistics";
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String today = day.toString();
        JsonNode counted = send(statistics, "GET", "/api/statistics?jurisdiction=341000&from=" + day.minusDays(7) + "&to=" + today
                + "&by=one-thing", null, 200, null, office);
        assertEquals("card-one-thing-1", counted.path("rows").get(0).path("key").asText());
        send(statistics, "GET", "/api/statistics?jurisdiction=341000&to=" + today, null, 400, "from", office);
        String followUps = "GET /api/follow-ups";
        assertEquals(number, send(followUps, "GET", "/api/follow-ups?jurisdiction=341000", null, 200, null, office)
                .get(0).path("application").asText());
        send(followUps, "GET", "/api/follow-ups?jurisdiction=341000&limit=0", null, 400, "limit", office);
    }

    /**
     * The event log through its service: 503 while no log is there or while it cannot read its database, 200 with
     * its events otherwise; the health endpoint's 503 while the store is away.
     */
    private void eventsAndHealthWhileTheDatabaseIsAway() throws Exception {
        String events = "GET /api/events";
        error(events, "/api/events?limit=0", 400, "limit");
        error(events, "/api/events?subjects=341000", 400, "subjects");
        List<Bundle> stopped = new ArrayList<>();
        for (Class<?> service : List.of(EventLog.class, StoreStatus.class)) {
            for (ServiceReference<?> reference : services(service)) {
                Bundle provider = reference.getBundle();
                if (provider != null && !stopped.contains(provider)) {
                    provider.stop();
                    stopped.add(provider);
                }
            }
        }
        try {
            await("no event log", () -> services(EventLog.class).isEmpty());
            await("health 503", () -> get("/api/health").status() == 503);
            JsonNode down = call(new Call("GET /api/health", "GET", "/api/health", null, null, "application/json", 503,
                    null, false));
            assertEquals("down", down.path("database").path("status").asText());
            assertTrue(down.toString(), down.path("detail").asText().startsWith("The database is down"));
            assertFalse("no reason, path or product in the public answer: " + down, down.path("database").has("reason"));
            JsonNode notReady = call(new Call("GET /api/health/ready", "GET", "/api/health/ready", null, null,
                    "application/json", 503, null, false));
            assertEquals("down", notReady.path("checks").path("database").asText());
            assertEquals("Not ready: database", notReady.path("detail").asText());
            assertEquals("The event log is not running: see /api/health",
                    error(events, "/api/events", 503, null).path("detail").asText());

            ServiceRegistration<EventLog> failing = bundleContext.registerService(EventLog.class, (subject, limit) -> {
                throw new ServiceUnavailableException("The event log cannot read the database: test");
            }, null);
            try {
                await("503 from the log", () -> json(get("/api/events")).path("detail").asText().endsWith(": test"));
                error(events, "/api/events", 503, null);
            } finally {
                failing.unregister();
            }

            List<String> asked = new ArrayList<>();
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
            ServiceRegistration<EventLog> answering = bundleContext.registerService(EventLog.class, (subject, limit) -> {
                asked.add(subject + " " + limit);
                return List.of(new PlatformEvent(7, Instant.parse("2026-11-28T10:15:30Z"), "jurisdiction-active", "341000", null),
                        new PlatformEvent(3, Instant.parse("2026-11-27T08:00:00Z"), "jurisdiction-rejected", "341000",
                                "list.yaml:7: unknown field 'colour'"));
            }, properties);
            try {
                await("events from the log", () -> get("/api/events?subject=341000&limit=2").status() == 200);
                JsonNode answer = ok(events, "/api/events?subject=341000&limit=2");
                assertEquals(2, answer.size());
                assertEquals(7, answer.get(0).path("id").asInt());
                assertEquals("2026-11-28T10:15:30Z", answer.get(0).path("at").asText());
                assertEquals("jurisdiction-active", answer.get(0).path("kind").asText());
                assertFalse("no detail: left out", answer.get(0).has("detail"));
                assertEquals("list.yaml:7: unknown field 'colour'", answer.get(1).path("detail").asText());
                assertEquals("341000 2", asked.get(asked.size() - 1));
                ok(events, "/api/events");
                assertEquals("null 50", asked.get(asked.size() - 1));
            } finally {
                answering.unregister();
            }
        } finally {
            for (Bundle bundle : stopped) {
                bundle.start();
            }
        }
        await("health 200 again", () -> get("/api/health").status() == 200);
    }

    private Collection<? extends ServiceReference<?>> services(Class<?> type) throws Exception {
        ServiceReference<?>[] references = bundleContext.getAllServiceReferences(type.getName(), null);
        return references == null ? List.of() : List.of(references);
    }

    /** Every resource method the JAX-RS whiteboard serves, as {@code METHOD /path/{template}}. */
    /** The areas of the API, as docs/api.md names them: each operation of the description is in one. */
    private static final List<String> TAGS = List.of("applications", "calendar", "catalog", "cluster", "cpsv",
            "offices", "operations", "sheets", "tasks");

    /** A value for each path parameter of the API, for a request that reaches its resource method. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("id", "341000"),
            Map.entry("jurisdictionId", "341000"), Map.entry("listId", "citywide"), Map.entry("seq", "1"),
            Map.entry("changeId", "1"), Map.entry("itemCode", "1.10.1"), Map.entry("field", "limit"),
            Map.entry("name", "x"), Map.entry("number", "1"), Map.entry("material", "1"), Map.entry("code", "1.10.1"),
            Map.entry("bundleId", "x"), Map.entry("date", "2025-01-01"), Map.entry("year", "2025"));

    /** Values of the query parameters that a resource checks before the sign-in. */
    private static final Map<String, String> QUERY_SAMPLES = Map.of("jurisdiction", "341000", "from", "2025-01-01",
            "to", "2025-01-31");

    /**
     * {@code GET /api/openapi.json} against the whiteboard's runtime, with every feature of the walk installed: it
     * describes exactly the deployed endpoints under /api/ (nothing missing, nothing stale), each in one area, with a
     * summary in English and in Chinese (x-summary-zh; its parameters' and areas' descriptions in Chinese too), who
     * may call it, the problem answer, and HTTP Basic for those that need a sign-in; every descriptions file of every
     * bundle names only deployed endpoints; an operation that needs a sign-in answers 401 without one,
     * a public one never 401 or 403.
     */
    private void theOpenApiDescriptionIsTheDeployedApi() throws Exception {
        JsonNode document = json(get("/api/openapi.json"));
        TreeSet<String> deployed = new TreeSet<>();
        for (String endpoint : deployedEndpoints()) {
            if (endpoint.substring(endpoint.indexOf(' ') + 1).startsWith("/api/")) {
                deployed.add(endpoint);
            }
        }
        TreeSet<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        assertEquals("the description names every deployed endpoint and nothing else", deployed, documented);
        assertEquals("#/components/schemas/Problem", document.path("components").path("responses").path("Problem")
                .path("content").path("application/problem+json").path("schema").path("$ref").asText());
        assertEquals("basic", document.path("components").path("securitySchemes").path("basic").path("scheme").asText());
        List<String> areasWithoutChinese = new ArrayList<>();
        for (JsonNode tag : document.path("tags")) {
            if (!chinese(tag.path("x-description-zh"))) {
                areasWithoutChinese.add(tag.path("name").asText());
            }
        }
        assertEquals("areas (tags) without a Chinese description", List.of(), areasWithoutChinese);

        TreeSet<String> stale = new TreeSet<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            java.net.URL entry = bundle.getEntry("OSGI-INF/renshe-api.json");
            if (entry != null) {
                try (InputStream in = entry.openStream()) {
                    JSON.readTree(in).path("operations").fieldNames()
                            .forEachRemaining(operation -> {
                                if (!deployed.contains(operation)) {
                                    stale.add(bundle.getSymbolicName() + ": " + operation);
                                }
                            });
                }
            }
        }
        assertEquals("descriptions of endpoints that are not deployed", new TreeSet<>(), stale);

        List<String> wrong = new ArrayList<>();
        for (String operation : documented) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            JsonNode described = document.path("paths").path(template).path(method.toLowerCase());
            String access = described.path("x-access").asText();
            boolean parameterWithoutChinese = false;
            for (JsonNode parameter : described.path("parameters")) {
                parameterWithoutChinese |= parameter.has("description")
                        && !chinese(parameter.path("x-description-zh"));
            }
            if (described.path("summary").asText().isBlank() || !chinese(described.path("x-summary-zh"))
                    || parameterWithoutChinese
                    || !TAGS.contains(described.path("tags").path(0).asText())
                    || described.path("tags").size() != 1
                    || !List.of("public", "applicant", "applicant-or-office", "user", "office", "admin").contains(access)
                    || !"#/components/responses/Problem".equals(described.path("responses").path("default").path("$ref")
                            .asText())
                    || access.matches("user|office|admin") != described.path("security").toString()
                            .equals("[{\"basic\":[]}]")) {
                wrong.add(operation + " " + described);
                continue;
            }
            String path = template;
            for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
                path = path.replace("{" + sample.getKey() + "}", encode(sample.getValue()));
            }
            List<String> query = new ArrayList<>();
            for (JsonNode parameter : described.path("parameters")) {
                String value = QUERY_SAMPLES.get(parameter.path("name").asText());
                if (value != null && parameter.path("in").asText().equals("query")) {
                    query.add(parameter.path("name").asText() + "=" + value);
                }
            }
            if (!query.isEmpty()) {
                path += "?" + String.join("&", query);
            }
            String bodyType = described.path("requestBody").path("content").fieldNames().hasNext()
                    ? described.path("requestBody").path("content").fieldNames().next() : null;
            byte[] body = bodyType == null ? null : bodyType.contains("json") ? "{}".getBytes(StandardCharsets.UTF_8)
                    : new byte[] {1};
            int status = request(method, path, bodyType, body, "application/json").status();
            if (access.matches("user|office|admin") ? status != 401 : status == 401 && !access.startsWith("applicant")
                    || status == 403 || status == 405) {
                wrong.add(operation + " (" + access + ") answered " + status + " to an anonymous " + method + " " + path);
            }
        }
        assertEquals("operations not described as the convention asks, or whose access is not as described",
                List.of(), wrong);

        // the document is kept for the resources it was written from: one bundle stopped and started again is out of
        // it and back in at once
        Bundle cpsv = bundle("io.renshe.catalog-cpsv");
        cpsv.stop();
        try {
            await("a stopped bundle's endpoint gone from the description", () -> !json(get("/api/openapi.json"))
                    .path("paths").has("/api/jurisdictions/{id}/cpsv"));
        } finally {
            cpsv.start();
        }
        await("the CPSV export described again", () -> json(get("/api/openapi.json")).path("paths")
                .has("/api/jurisdictions/{id}/cpsv"));
    }

    /** A text with at least one Chinese character: a summary or description of the console's first language. */
    private static boolean chinese(JsonNode text) {
        return text.isTextual() && text.asText().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private TreeSet<String> deployedEndpoints() {
        RuntimeDTO dto = runtime.getRuntimeDTO();
        List<ApplicationDTO> applications = new ArrayList<>(List.of(dto.applicationDTOs));
        applications.add(dto.defaultApplication);
        TreeSet<String> endpoints = new TreeSet<>();
        for (ApplicationDTO application : applications) {
            String base = application.base == null ? "" : application.base;
            for (ResourceMethodInfoDTO method : application.resourceMethods) {
                endpoints.add(method.method + " " + normalise(base + "/" + method.path));
            }
            for (ResourceDTO resource : application.resourceDTOs) {
                for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                    endpoints.add(method.method + " " + normalise(base + "/" + method.path));
                }
            }
        }
        assertFalse("the whiteboard serves resources", endpoints.isEmpty());
        return endpoints;
    }

    private static String normalise(String path) {
        String p = ("/" + path).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Test
    public void aClientThatGoesAwayMidAnswerIsNoError() throws Exception {
        await("the API", () -> get("/api/catalogue").status() == 200);
        Path log = Paths.get(System.getProperty("karaf.log", System.getProperty("karaf.data") + "/log"), "karaf.log");
        long before = Files.size(log);
        // many answers asked at once on one connection: more than the socket buffers hold, so the server is still
        // writing when the client resets the connection after a few bytes; five times, at different moments
        for (int attempt = 0; attempt < 5; attempt++) {
            try (Socket socket = new Socket()) {
                socket.setReceiveBufferSize(1024);
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", httpPort()), 5_000);
                OutputStream out = socket.getOutputStream();
                byte[] request = ("GET /api/catalogue HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 400; i++) {
                    out.write(request);
                }
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] head = new byte[12];
                assertEquals(12, in.readNBytes(head, 0, 12));
                assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.US_ASCII));
                Thread.sleep(200 + 200 * attempt);
                socket.setSoLinger(true, 0);
            }
        }
        Thread.sleep(2_000);
        assertEquals("the platform still answers", 200, get("/api/catalogue").status());
        String written;
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(before, Files.size(log)));
            written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : written.split("\n")) {
            assertFalse("no error for a client that went away: " + line, line.contains("| ERROR |"));
            assertFalse("no warning for a client that went away: " + line, line.contains("| WARN  |"));
            assertFalse("no stack trace for a client that went away: " + line, line.startsWith("\tat "));
        }
    }

    private static byte[] zipWithoutManifest() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("CATALOG-INF/jurisdiction.yaml"));
            zip.write("schema: renshe-catalog/1\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] jarWithoutCatalogHeader() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "test.not.a.catalog");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new ZipEntry("readme.txt"));
            jar.write("no catalog here".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
