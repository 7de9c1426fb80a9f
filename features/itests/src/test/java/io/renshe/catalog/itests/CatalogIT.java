package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A jurisdiction bundle installed into the running platform is served over HTTP, disappears when it stops, and a
 * broken one is rejected with every error while the good one keeps answering.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogIT extends PlatformTestSupport {

    @Test
    public void installQueryStopAndRejectAtRuntime() throws Exception {
        await("the API", () -> get("/api/jurisdictions").status() == 200);
        assertEquals(0, getJson("/api/jurisdictions").size());
        JsonNode schema = getJson("/api/schema/renshe-catalog-1.json");
        assertEquals(4, schema.path("properties").path("kind").path("enum").size());

        Bundle province = bundleContext.installBundle("test:province",
                new ByteArrayInputStream(jurisdictionBundle("test-province", "test.province", "1.2.3")));
        province.start();
        await("990000 active", () -> "active".equals(json(get("/api/jurisdictions/990000")).path("status").asText()));
        JsonNode status = getJson("/api/jurisdictions/990000");
        assertEquals("测试省", status.path("name").asText());
        assertEquals("province", status.path("level").asText());
        assertEquals("1.2.3", status.path("version").asText());

        JsonNode bank = getJson("/api/jurisdictions/990000/items?channel=bank");
        assertEquals(1, bank.size());
        assertEquals("1.10.6", bank.get(0).path("item").path("code").asText());
        assertEquals("社会保障卡挂失与解挂", bank.get(0).path("item").path("name").asText());
        JsonNode text = getJson("/api/jurisdictions/990000/items?q=" + encode("本地"));
        assertEquals(1, text.size());
        assertTrue(text.get(0).path("item").path("local").asBoolean());

        JsonNode list = getJson("/api/jurisdictions/990000/lists/nearby");
        assertEquals(2, list.path("entries").size());
        assertEquals("即时办结", list.path("entries").get(0).path("limit").path("text").asText());
        assertEquals("immediate", list.path("entries").get(0).path("limit").path("meaning").path("kind").asText()
                .toLowerCase());

        // the bundle's local holiday reaches the working-day calendar of its jurisdiction only
        await("local holiday", () -> "local-holiday".equals(json(get("/api/calendar/990000/days/2026-05-20"))
                .path("day").path("type").asText()));
        assertEquals("测试省纪念日", getJson("/api/calendar/990000/days/2026-05-20").path("day").path("name").asText());
        assertEquals("workday", getJson("/api/calendar/341000/days/2026-05-20").path("day").path("type").asText());

        // an upgrade in place: readers keep getting the jurisdiction while the bundle is updated
        java.util.List<Integer> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean polling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (polling.get()) {
                try {
                    seen.add(get("/api/jurisdictions/990000/lists/nearby").status());
                } catch (java.io.IOException e) {
                    seen.add(-1);
                }
            }
        });
        reader.start();
        // the upgrade itself takes well under a second: read before and after it too
        await("requests before the upgrade", () -> seen.size() > 3);
        province.update(new ByteArrayInputStream(jurisdictionBundle("test-province", "test.province", "1.2.4")));
        await("version 1.2.4", () -> "1.2.4".equals(json(get("/api/jurisdictions/990000")).path("version").asText()));
        int upgraded = seen.size();
        await("requests after the upgrade", () -> seen.size() > upgraded + 3);
        polling.set(false);
        reader.join();
        assertTrue("requests answered during the upgrade: " + seen.size(), seen.size() > 5);
        assertTrue("every request during the upgrade answered 200: " + seen, seen.stream().allMatch(code -> code == 200));

        JsonNode health = getJson("/api/health");
        assertEquals(1, health.path("jurisdictionCount").asInt());

        // a broken child: rejected whole, with file, line and reason, while the province keeps answering
        Bundle broken = bundleContext.installBundle("test:broken",
                new ByteArrayInputStream(jurisdictionBundle("broken-city", "test.broken", "0.0.1")));
        broken.start();
        await("990100 rejected", () -> "rejected".equals(json(get("/api/jurisdictions/990100")).path("status").asText()));
        JsonNode rejected = getJson("/api/jurisdictions/990100");
        JsonNode errors = rejected.path("errors");
        assertTrue(errors.toString(), errors.size() >= 4);
        assertTrue(errors.toString(), errors.toString().contains("unknown field 'colour'"));
        assertTrue(errors.toString(), errors.toString().contains("duplicate entry"));
        assertTrue(errors.toString(), errors.toString().contains("unparseable time limit '尽快'"));
        for (JsonNode error : errors) {
            assertEquals("list.yaml", error.path("file").asText());
            assertTrue(error.path("line").asInt() > 0);
        }
        assertEquals(404, get("/api/jurisdictions/990100/catalog").status());

        // the same, in the Karaf console
        String table = executeCommand("catalog:list");
        assertTrue(table, table.contains("990000") && table.contains("测试省") && table.contains("1.2.4") && table.contains("active"));
        assertTrue(table, table.contains("990100") && table.contains("rejected"));
        String shown = executeCommand("catalog:errors 990100");
        assertTrue(shown, shown.contains("list.yaml:") && shown.contains("unknown field 'colour'"));
        assertEquals(200, get("/api/jurisdictions/990000/catalog").status());

        // bad input gets 400 naming the parameter, unknown ids 404
        Answer badLevel = get("/api/jurisdictions/990000/items?level=county");
        assertEquals(400, badLevel.status());
        assertEquals("level", json(badLevel).path("parameter").asText());
        assertEquals(400, get("/api/jurisdictions/990000/items?channel=fax").status());
        Answer misspelt = get("/api/jurisdictions/990000/items?levl=town");
        assertEquals(400, misspelt.status());
        assertEquals("levl", json(misspelt).path("parameter").asText());
        assertEquals("unit", json(get("/api/jurisdictions/990000/items?unit=" + encode("无此科室"))).path("parameter").asText());
        assertEquals(404, get("/api/jurisdictions/123456").status());
        assertEquals(404, get("/api/jurisdictions/990000/lists/nope").status());
        assertEquals("b", json(get("/api/compare?a=990000")).path("parameter").asText());

        // validate before deploying: the same errors, nothing deployed
        Answer validated = request("POST", "/api/validate", "application/java-archive",
                jurisdictionBundle("broken-city", "test.other", "9.9.9"), "application/json",
                Map.of("Authorization", basic(ADMIN, ADMIN_PASSWORD)));   // the administrator's (docs/offices.md)
        assertEquals(422, validated.status());
        assertTrue(json(validated).path("errors").toString().contains("unknown unit '不存在的科室'"));

        // the platform's event log in Derby says what happened, newest first
        JsonNode events = getJson("/api/events?subject=990100");
        assertEquals("jurisdiction-rejected", events.get(0).path("kind").asText());
        assertTrue(events.get(0).path("detail").asText().contains("list.yaml:"));
        JsonNode provinceEvents = getJson("/api/events?subject=990000&limit=10");
        assertTrue(provinceEvents.toString(), provinceEvents.toString().contains("test.province 1.2.4"));
        assertEquals("limit", json(get("/api/events?limit=0")).path("parameter").asText());

        broken.uninstall();
        province.stop();
        await("990000 gone", () -> get("/api/jurisdictions/990000").status() == 404);
        await("its local holiday gone", () -> "workday".equals(json(get("/api/calendar/990000/days/2026-05-20"))
                .path("day").path("type").asText()));
        assertEquals(0, getJson("/api/jurisdictions").size());
        province.uninstall();
    }

    @Test
    public void aJarCopiedIntoDeployIsServedAndItsRemovalUndeploysIt() throws Exception {
        await("the API", () -> get("/api/jurisdictions").status() == 200);
        java.nio.file.Path deploy = java.nio.file.Paths.get(System.getProperty("karaf.base"), "deploy");
        java.nio.file.Files.createDirectories(deploy);
        java.nio.file.Path jar = deploy.resolve("deploy-province-1.0.0.jar");
        java.nio.file.Files.write(jar, jurisdictionBundle("deploy-province", "test.deploy.province", "1.0.0"));
        try {
            await("980000 active", () -> "active".equals(json(get("/api/jurisdictions/980000")).path("status").asText()));
            JsonNode online = getJson("/api/jurisdictions/980000/items?channel=online&applicant=" + encode("个人"));
            assertEquals("1.10.1", online.get(0).path("item").path("code").asText());
            assertEquals("掌上12333", getJson("/api/jurisdictions/980000/lists/online").path("entries").get(0)
                    .path("online").path("apps").get(0).asText());
        } finally {
            java.nio.file.Files.deleteIfExists(jar);
        }
        await("980000 gone", () -> get("/api/jurisdictions/980000").status() == 404);
    }
}
