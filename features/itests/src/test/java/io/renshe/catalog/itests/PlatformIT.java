package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The foundation: the distribution boots, every platform bundle is active and every component satisfied, and the
 * health API answers over HTTP. The database has its own class, {@link StoreIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends PlatformTestSupport {

    static final List<String> PLATFORM_BUNDLES = List.of("io.renshe.catalog-api", "io.renshe.catalog-store",
            "io.renshe.catalog-calendar", "io.renshe.catalog-core", "io.renshe.catalog-rest", "io.renshe.catalog-command");

    @Inject
    protected ServiceComponentRuntime scr;

    @Test
    public void everyPlatformBundleIsActiveAndEveryComponentSatisfied() throws Exception {
        for (String name : PLATFORM_BUNDLES) {
            Bundle bundle = bundle(name);
            assertNotNull("bundle " + name + " is installed", bundle);
            assertEquals("bundle " + name + " is ACTIVE", Bundle.ACTIVE, bundle.getState());
        }
        await("every platform component satisfied", () -> unsatisfied().isEmpty());
        int components = 0;
        for (String name : PLATFORM_BUNDLES) {
            components += scr.getComponentDescriptionDTOs(bundle(name)).size();
        }
        assertTrue("the platform has its components: " + components, components >= 6);
    }

    private List<String> unsatisfied() {
        List<String> problems = new ArrayList<>();
        for (String name : PLATFORM_BUNDLES) {
            Collection<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs(bundle(name));
            for (ComponentDescriptionDTO description : descriptions) {
                Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
                if (configurations.isEmpty() && description.defaultEnabled && !"require".equals(description.configurationPolicy)) {
                    problems.add(description.name + " has no configuration");
                }
                for (ComponentConfigurationDTO configuration : configurations) {
                    if (configuration.state != ComponentConfigurationDTO.ACTIVE
                            && configuration.state != ComponentConfigurationDTO.SATISFIED) {
                        problems.add(description.name + " is in state " + configuration.state);
                    }
                }
            }
        }
        return problems;
    }

    @Test
    public void healthAnswersOverHttp() throws Exception {
        await("health 200", () -> get("/api/health").status() == 200);
        JsonNode health = getJson("/api/health");
        assertEquals("up", health.path("status").asText());
        assertEquals("up", health.path("database").path("status").asText());
        assertTrue("a count, not a list", health.path("jurisdictionCount").isInt());
        assertEquals("the public answer shows no version, no product, no JDBC URL, no bundles",
                List.of("status", "database", "jurisdictionCount"), fieldNames(health));
        assertEquals(List.of("status"), fieldNames(health.path("database")));
        assertEquals("{\"status\":\"up\"}", get("/api/health/live").body());
        JsonNode ready = getJson("/api/health/ready");
        assertEquals("up", ready.path("status").asText());
        assertEquals("{\"catalog\":\"up\",\"database\":\"up\",\"framework\":\"up\",\"overlays\":\"up\"}", ready.path("checks").toString());
        Answer anonymous = get("/api/health/details");
        assertTrue("no administrator signed in: " + anonymous.status(), anonymous.status() == 401 || anonymous.status() == 503);
        assertFalse(anonymous.body(), anonymous.body().contains("derby"));

        Answer signedIn = request("GET", "/api/health/details", null, null, "application/json",
                Map.of("Authorization", basic(ADMIN, ADMIN_PASSWORD)));
        assertEquals(signedIn.body(), 200, signedIn.status());
        JsonNode details = json(signedIn);
        // the version the build gives the test (failsafe's renshe.version), not one read back from the answer
        String built = System.getProperty("renshe.version");
        assertTrue("the build passes renshe.version into the container: '" + built + "'",
                built != null && built.matches("\\d+\\.\\d+\\.\\d+.*"));
        assertEquals(built, details.path("version").asText());
        assertEquals("up", details.path("database").path("status").asText());
        assertTrue(details.path("database").path("product").asText().startsWith("Apache Derby"));
        assertTrue(details.path("database").path("url").asText().contains("renshe/derby"));
        assertEquals(1, details.path("database").path("schemaVersion").asInt());
        assertEquals(1, details.path("database").path("schemaVersions").path("platform").asInt());
        assertEquals(System.getProperty("java.version"), details.path("runtime").path("java").asText());
        assertEquals(KARAF_VERSION, details.path("runtime").path("karaf").asText());
        assertTrue(details.path("checks").path("catalog").path("detail").asText().endsWith("jurisdiction bundles read"));
        assertEquals("the offices' changes are read and served",
                details.path("checks").path("overlays").path("detail").asText());
        assertTrue(details.path("jurisdictions").isArray());
        Answer refused = get("/api/health/details");
        assertEquals(401, refused.status());
        assertFalse(refused.body(), refused.body().contains("derby"));

        Answer unknown = get("/api/no-such-thing");
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType(), unknown.contentType().startsWith("application/problem+json"));
        assertEquals(404, json(unknown).path("status").asInt());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    public void calendarAnswersOverHttp() throws Exception {
        await("calendar", () -> get("/api/calendar/341504/2024").status() == 200);
        // accepted on Thursday 2024-02-08; 春节 2024-02-10..17 off, Sunday 2024-02-18 an adjusted working day
        JsonNode due = getJson("/api/calendar/341504/due?limit=" + encode("自受理材料起15个工作日内办结") + "&from=2024-02-08");
        assertEquals("2024-03-06", due.path("due").asText());
        assertEquals(15, due.path("limit").path("amount").asInt());
        assertEquals("春节", due.path("skipped").get(0).path("name").asText());
        JsonNode year = getJson("/api/calendar/341000/2025");
        assertTrue(year.toString().contains("2025-10-08"));
        Answer bad = get("/api/calendar/341504/due?limit=" + encode("15个工作日") + "&from=2024-13-01");
        assertEquals(400, bad.status());
        assertEquals("from", json(bad).path("parameter").asText());
    }

    @Test
    public void aNewYearsNoticeIsPickedUpWithoutARestart() throws Exception {
        Path folder = Paths.get(System.getProperty("karaf.etc"), "holidays");
        Files.createDirectories(folder);
        assertTrue("2027 is not shipped", getJson("/api/calendar/341000/2027").has("coverage"));
        Path year = folder.resolve("2027.json");
        Path bad = folder.resolve("2028.json");
        try {
            Files.writeString(year, "{\"year\": 2027, \"papers\": [], \"days\": ["
                    + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}", StandardCharsets.UTF_8);
            await("2027 covered", () -> !getJson("/api/calendar/341000/2027").has("coverage"));
            assertTrue(getJson("/api/calendar/341000/2027").path("holidays").toString().contains("2027-01-01"));

            // an adjusted working day on a Wednesday: rejected whole, named with its file
            Files.writeString(bad, "{\"year\": 2028, \"days\": ["
                    + "{\"name\": \"春节\", \"date\": \"2028-03-08\", \"isOffDay\": false}]}", StandardCharsets.UTF_8);
            await("2028.json rejected", () -> getJson("/api/calendar").path("problems").toString().contains("2028.json"));
            assertTrue("2028 stays uncovered", getJson("/api/calendar/341000/2028").has("coverage"));
        } finally {
            Files.deleteIfExists(year);
            Files.deleteIfExists(bad);
        }
        await("2027 uncovered again", () -> getJson("/api/calendar/341000/2027").has("coverage"));
    }
}
