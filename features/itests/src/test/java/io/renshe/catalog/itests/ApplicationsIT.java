package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.renshe.catalog.application.card.CardRegister;
import io.renshe.catalog.application.card.CardState;

/**
 * The card one-thing of 黄山市 end to end over HTTP, on the integrated window's flow (综合柜员制): an application of
 * three items refused by the pre-check with every reason, the same applicant's accepted application, the front desk's
 * acceptance on the adjusted working day before National Day 2024, a return for a missing material (the clock stops),
 * a restart of the database and the application bundles in the middle, the resubmission after the holiday (the clock
 * runs again, the due date moves and says why), approval, delivery and rating; then the plug-in stopped (the generic
 * form) and started again, and the example plug-in of docs/plugins.md installed at runtime.
 * <p>
 * The service's time comes from a clock the test moves (a {@code java.time.Clock} service with
 * {@code renshe.clock=application}); every date is typed by hand from 国办发明电〔2023〕7号: 国庆节 10月1日至7日放假调休，
 * 9月29日（星期日）、10月12日（星期六）上班.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ApplicationsIT extends PlatformTestSupport {

    static final String ID_NUMBER = "341002198503121233";
    static final String SUFFIX = "121233";
    static final String PHONE = "13912345678";
    static final String CARD = "card-one-thing-1";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The number of the application that goes from submission to rating, for the later steps. */
    private static String number;
    private static Map<String, Long> tasks = new LinkedHashMap<>();

    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    protected CardRegister register;

    /** The time the application service takes: 10:00 Beijing time of the day a step sets. */
    static final class StepClock extends Clock {
        volatile Instant now;

        void set(LocalDate day) {
            now = day.atTime(LocalTime.of(10, 0)).atZone(BEIJING).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return BEIJING;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final StepClock CLOCK = new StepClock();
    private static ServiceRegistration<Clock> clockRegistration;

    @Override
    @Configuration
    public Option[] config() {
        List<Option> options = new ArrayList<>(List.of(super.config()));
        options.add(editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                BOOT_FEATURES + ",renshe-applications,renshe-plugin-social-security-card,renshe-huangshan"));
        return options.toArray(new Option[0]);
    }

    private void on(LocalDate day) {
        CLOCK.set(day);
        if (clockRegistration == null) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("renshe.clock", "application");
            clockRegistration = bundleContext.registerService(Clock.class, CLOCK, properties);
        }
    }

    // HTTP helpers

    private Answer send(String method, String path, Object body, Map<String, String> headers) throws Exception {
        byte[] bytes = body == null ? null : mapper.writeValueAsBytes(body);
        return request(method, path, body == null ? null : "application/json", bytes, "application/json", headers);
    }

    private Map<String, String> office() {
        return Map.of("Authorization", basic(HUANGSHAN, HUANGSHAN_PASSWORD));
    }

    private JsonNode ok(int status, Answer answer) throws Exception {
        assertEquals(answer.body(), status, answer.status());
        return json(answer);
    }

    private ObjectNode application(String idNumber, boolean commitment, Map<String, Object> answers, String... items) {
        ObjectNode body = mapper.createObjectNode();
        body.put("jurisdiction", "341000");
        body.put("oneThing", CARD);
        body.set("items", mapper.valueToTree(List.of(items)));
        body.set("applicant", mapper.valueToTree(Map.of("name", "李华", "idNumber", idNumber, "phone", PHONE,
                "address", "安徽省黄山市屯溪区黄山西路1号")));
        body.put("commitment", commitment);
        body.set("answers", mapper.valueToTree(answers));
        body.set("materials", mapper.valueToTree(List.of(Map.of("name", "本人身份证件", "content", "data:image/png;base64,AAAA"))));
        return body;
    }

    private JsonNode task(JsonNode application, String item) {
        for (JsonNode task : application.path("tasks")) {
            if (item.equals(task.path("item").asText())) {
                return task;
            }
        }
        throw new AssertionError("no task of " + item + " in " + application);
    }

    @Test
    public void a_thePreCheckRefusesWithEveryReasonAndTheApplicationIsAccepted() throws Exception {
        on(LocalDate.of(2024, 9, 27));   // Friday
        await("黄山市 active", () -> "active".equals(json(get("/api/jurisdictions/341000")).path("status").asText()));
        await("the card plug-in", () -> get("/api/plugins").body().contains("io.renshe.social-security-card"));
        await("the application tables are migrated", () -> {
            try {
                register.card(ID_NUMBER);
                return true;
            } catch (io.renshe.catalog.api.ServiceUnavailableException notYet) {
                return false;
            }
        });
        register.record(ID_NUMBER, CardState.ISSUED, Instant.parse("2024-09-01T02:00:00Z"), "handed over (test)");

        JsonNode form = getJson("/api/applications/form?jurisdiction=341000&oneThing=" + CARD + "&items="
                + encode("1.10.2,社会保障卡信息变更,1.2.3"));
        assertEquals("我要办理社会保障卡", form.path("oneThingName").asText());
        assertEquals(1, form.path("materials").size());
        assertEquals("本人身份证件", form.path("materials").get(0).path("name").asText());
        assertEquals(3, form.path("materials").get(0).path("items").size());
        assertEquals("plugin", form.path("items").get(0).path("form").asText());
        assertTrue(form.path("items").get(1).path("schema").path("required").toString().contains("changes"));

        // three items, one refused by the pre-check with all its reasons
        JsonNode refused = ok(422, send("POST", "/api/applications", application(ID_NUMBER, true,
                Map.of("1.10.6", Map.of("action", "解挂", "reason", "extra")), "1.10.2", "1.10.6", "1.2.3"), Map.of()));
        List<String> reasons = new ArrayList<>();
        for (JsonNode error : refused.path("errors")) {
            reasons.add(error.path("item").asText() + " " + error.path("code").asText());
            assertFalse(error.path("detail").asText().isBlank());
        }
        assertEquals(List.of("1.10.6 invalid-answer", "1.10.6 card-not-lost"), reasons);
        JsonNode notLost = refused.path("errors").get(1);
        assertEquals("社会保障卡未挂失（已发放，未启用），不能解挂", notLost.path("detail").asText());
        assertEquals("/items/1", notLost.path("pointer").asText());

        JsonNode noCommitment = ok(422, send("POST", "/api/applications", application(ID_NUMBER, false, Map.of(),
                "1.10.2"), Map.of()));
        assertEquals("commitment-not-accepted", noCommitment.path("errors").get(0).path("code").asText());
        assertEquals("nothing was stored", 0, ok(200, send("GET", "/api/tasks?jurisdiction=341000", null, office())).size());

        Answer created = send("POST", "/api/applications", application(ID_NUMBER, true,
                Map.of("社会保障卡信息变更", Map.of("changes", "联系地址变更为黄山市屯溪区新安路8号")),
                "1.10.2", "社会保障卡信息变更", "1.2.3"), Map.of());
        JsonNode application = ok(201, created);
        number = application.path("number").asText();
        assertTrue(number, number.matches("341000-20240927-\\d{6,}"));
        assertEquals("/api/applications/" + number, java.net.URI.create(created.header("Location")).getPath());
        assertEquals(3, application.path("tasks").size());
        for (JsonNode task : application.path("tasks")) {
            tasks.put(task.path("item").asText(), task.path("id").asLong());
            assertEquals("submitted", task.path("state").asText());
            assertEquals("plugin", task.path("form").asText());
        }
        assertEquals("信息中心", task(application, "1.10.2").path("unit").asText());
        assertEquals("信息中心", task(application, "社会保障卡信息变更").path("unit").asText());
        assertFalse("no document names the unit of item 8: the front desk", task(application, "1.2.3").has("unit"));
        // 即时办结: the day itself; 1个工作日 from Fri 9-27: Sun 9-29, an adjusted working day
        assertEquals("2024-09-27", task(application, "1.10.2").path("due").path("statutory").asText());
        assertEquals("2024-09-27", task(application, "1.10.2").path("due").path("committed").asText());
        assertEquals("2024-09-29", task(application, "1.2.3").path("due").path("statutory").asText());
        assertEquals("2024-09-29", task(application, "1.2.3").path("due").path("committed").asText());
        assertEquals("2024-09-29", application.path("due").path("committed").asText());
        assertEquals("2024-09-29", application.path("due").path("statutory").asText());
        // the card one-thing states one limit per item: both clocks run on it
        JsonNode clocks = task(application, "1.2.3").path("clocks");
        assertEquals("statutory", clocks.get(0).path("clock").asText());
        assertEquals("1个工作日", clocks.get(0).path("limit").path("text").asText());
        assertEquals("committed", clocks.get(1).path("clock").asText());
        assertEquals("1个工作日", clocks.get(1).path("limit").path("text").asText());
        assertEquals("即时办结", task(application, "1.10.2").path("clocks").get(1).path("limit").path("text").asText());
        // chosen on the 27th: the document has no rule for the 16th onwards, and the setting is not made
        JsonNode rule = task(application, "1.2.3").path("results").get(0);
        assertEquals("setting-missing", rule.path("rule").asText());
        assertEquals("the applicant sees it all", ID_NUMBER, application.path("applicant").path("idNumber").asText());
    }

    @Test
    public void b_theFrontDeskAcceptsOnTheAdjustedWorkingDayAndReturnsForAMissingMaterial() throws Exception {
        assertEquals(401, send("GET", "/api/tasks?jurisdiction=341000", null, Map.of()).status());
        assertEquals(403, send("GET", "/api/tasks?jurisdiction=341000", null,
                Map.of("Authorization", basic(YEJI, YEJI_PASSWORD))).status());
        // every write of the office: 401 without sign-in, 403 for the office of another jurisdiction (叶集区)
        Map<String, String> yeji = Map.of("Authorization", basic(YEJI, YEJI_PASSWORD));
        long pensionTask = tasks.get("1.2.3");
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("accept", null);
        bodies.put("return", Map.of("missing", List.of("社会保障卡正反面复印件")));
        bodies.put("approve", null);
        bodies.put("refuse", Map.of("reason", "不符合条件"));
        bodies.put("deliver", null);
        for (Map.Entry<String, Object> action : bodies.entrySet()) {
            String path = "/api/tasks/" + pensionTask + "/" + action.getKey();
            Answer anonymous = send("POST", path, action.getValue(), Map.of());
            assertEquals(action.getKey(), 401, anonymous.status());
            assertEquals("application/problem+json", anonymous.header("Content-Type").split(";")[0]);
            assertEquals(action.getKey(), 403, send("POST", path, action.getValue(), yeji).status());
        }
        assertEquals("nothing was written", "submitted", task(ok(200, send("GET", "/api/applications/" + number, null,
                office())), "1.2.3").path("state").asText());

        on(LocalDate.of(2024, 9, 29));   // Sunday, a working day
        for (long id : tasks.values()) {
            assertEquals("accepted", ok(200, send("POST", "/api/tasks/" + id + "/accept", null, office())).path("state").asText());
        }
        assertEquals(409, send("POST", "/api/tasks/" + tasks.get("1.10.2") + "/accept", null, office()).status());
        JsonNode pension = ok(200, send("GET", "/api/applications/" + number, null, office()));
        JsonNode moved = task(pension, "1.2.3");
        // accepted on 9-29: one working day after it is Mon 9-30
        assertEquals("2024-09-30", moved.path("due").path("committed").asText());
        assertEquals("accepted", moved.path("dueChanges").get(0).path("cause").asText());
        assertTrue(moved.path("dueChanges").get(0).path("reason").asText(), moved.path("dueChanges").get(0)
                .path("reason").asText().startsWith("受理日为2024-09-29"));
        assertEquals("2024-09-29", task(pension, "1.10.2").path("due").path("committed").asText());

        // the immediate items are done at once (即时办结); the register hears of the activation
        ok(200, send("POST", "/api/tasks/" + tasks.get("1.10.2") + "/approve", Map.of("note", "即时办结"), office()));
        ok(200, send("POST", "/api/tasks/" + tasks.get("社会保障卡信息变更") + "/approve", Map.of(), office()));
        await("the card is active", () -> register.card(ID_NUMBER).orElseThrow().state() == CardState.ACTIVE);

        on(LocalDate.of(2024, 9, 30));
        JsonNode returned = ok(200, send("POST", "/api/tasks/" + tasks.get("1.2.3") + "/return",
                Map.of("missing", List.of("社会保障卡正反面复印件"), "note", "请补充卡面复印件"), office()));
        assertEquals("returned", returned.path("state").asText());
        assertEquals("社会保障卡正反面复印件", returned.path("missing").get(0).asText());
        assertFalse(returned.path("clocks").get(1).path("running").asBoolean());
        assertEquals(422, send("POST", "/api/tasks/" + tasks.get("1.2.3") + "/return", Map.of("missing", List.of()),
                office()).status());
    }

    @Test
    public void c_aRestartInTheMiddleLosesNothing() throws Exception {
        JsonNode before = ok(200, send("GET", "/api/applications/" + number, null, Map.of("X-Id-Suffix", SUFFIX)));
        List<Bundle> stopped = new ArrayList<>();
        for (String name : List.of("io.renshe.application-rest", "io.renshe.application-core", "io.renshe.catalog-store",
                "io.renshe.derby")) {
            Bundle bundle = bundle(name);
            assertNotNull(name, bundle);
            bundle.stop();
            stopped.add(0, bundle);
        }
        assertEquals(404, get("/api/applications/" + number).status());
        for (Bundle bundle : stopped) {
            bundle.start();
        }
        await("the application is served again", () -> send("GET", "/api/applications/" + number, null,
                Map.of("X-Id-Suffix", SUFFIX)).status() == 200);
        JsonNode after = ok(200, send("GET", "/api/applications/" + number, null, Map.of("X-Id-Suffix", SUFFIX)));
        assertEquals(before, after);
        assertEquals("returned", after.path("state").asText());
    }

    @Test
    public void d_theResubmissionRestartsTheClockAndTheApplicationIsDeliveredAndRated() throws Exception {
        on(LocalDate.of(2024, 10, 8));   // Tuesday, the first working day after National Day
        assertEquals(401, send("POST", "/api/applications/" + number + "/materials",
                Map.of("materials", List.of()), Map.of()).status());
        assertEquals(404, send("POST", "/api/applications/" + number + "/materials",
                Map.of("materials", List.of()), Map.of("X-Id-Suffix", "000000")).status());
        JsonNode lacking = ok(422, send("POST", "/api/applications/" + number + "/materials",
                Map.of("materials", List.of(Map.of("name", "户口簿", "content", "x"))), Map.of("X-Id-Suffix", SUFFIX)));
        assertEquals("missing-material", lacking.path("errors").get(0).path("code").asText());
        JsonNode resubmitted = ok(200, send("POST", "/api/applications/" + number + "/materials",
                Map.of("materials", List.of(Map.of("name", "社会保障卡正反面复印件", "content", "data:image/png;base64,BBBB"))),
                Map.of("X-Id-Suffix", SUFFIX)));
        JsonNode pension = task(resubmitted, "1.2.3");
        assertEquals("accepted", pension.path("state").asText());
        // returned on 9-30 (its due day), resubmitted on 10-8: 10-8 does not count, so it is due on 10-8
        assertEquals("2024-10-08", pension.path("due").path("committed").asText());
        assertEquals("2024-10-08", pension.path("due").path("statutory").asText());
        JsonNode change = pension.path("dueChanges").get(pension.path("dueChanges").size() - 1);
        assertEquals("resubmitted", change.path("cause").asText());
        assertEquals("2024-09-30", change.path("from").asText());
        assertEquals("2024-10-08", change.path("to").asText());
        assertTrue(change.path("reason").asText(), change.path("reason").asText().contains("顺延至2024-10-08"));
        assertEquals(1, pension.path("suspensions").get(0).path("workingDays").asInt());

        ok(200, send("POST", "/api/tasks/" + tasks.get("1.2.3") + "/approve", null, office()));
        JsonNode approved = ok(200, send("GET", "/api/applications/" + number, null, Map.of("X-Id-Suffix", SUFFIX)));
        assertEquals("2024-10-08", approved.path("due").path("committed").asText());
        assertEquals("2024-10-08", approved.path("due").path("statutory").asText());
        assertEquals(401, send("POST", "/api/applications/" + number + "/rating", Map.of("score", 5), Map.of()).status());
        assertEquals("not yet delivered", 409, send("POST", "/api/applications/" + number + "/rating",
                Map.of("score", 5), Map.of("X-Id-Suffix", SUFFIX)).status());
        for (long id : tasks.values()) {
            assertEquals("delivered", ok(200, send("POST", "/api/tasks/" + id + "/deliver", null, office()))
                    .path("state").asText());
        }
        JsonNode rated = ok(200, send("POST", "/api/applications/" + number + "/rating",
                Map.of("score", 5, "comment", "一次办好"), Map.of("X-Id-Suffix", SUFFIX)));
        assertEquals("completed", rated.path("state").asText());
        assertEquals("非常满意", rated.path("rating").path("label").asText());
        assertEquals(409, send("POST", "/api/applications/" + number + "/rating", Map.of("score", 1),
                Map.of("X-Id-Suffix", SUFFIX)).status());
        List<String> actions = new ArrayList<>();
        rated.path("history").forEach(h -> actions.add(h.path("action").asText()));
        assertEquals(List.of("submit", "submit", "submit", "accept", "accept", "accept", "approve", "approve", "return",
                "resubmit", "approve", "deliver", "deliver", "deliver", "rate"), actions);
        assertEquals(HUANGSHAN, rated.path("history").get(3).path("actor").asText());

        JsonNode statistics = ok(200, send("GET", "/api/statistics?jurisdiction=341000&from=2024-09-01&to=2024-09-30&by=item",
                null, office()));
        assertEquals(3, statistics.path("total").path("received").asInt());
        assertEquals(3, statistics.path("total").path("completed").asInt());
        assertEquals(3, statistics.path("total").path("onTime").asInt());
        assertEquals(1, statistics.path("total").path("ratings").path("verySatisfied").asInt());
    }

    @Test
    public void e_personalDataIsMaskedForOthersAndNeverLogged() throws Exception {
        JsonNode office = ok(200, send("GET", "/api/applications/" + number, null, office()));
        assertEquals("the handling office sees it all", ID_NUMBER, office.path("applicant").path("idNumber").asText());
        assertFalse(office.path("masked").asBoolean());
        JsonNode admin = ok(200, send("GET", "/api/applications/" + number, null,
                Map.of("Authorization", basic(ADMIN, ADMIN_PASSWORD))));
        assertTrue(admin.path("masked").asBoolean());
        assertEquals("3410**************", admin.path("applicant").path("idNumber").asText());
        assertEquals("139****5678", admin.path("applicant").path("phone").asText());
        assertFalse(admin.toString().contains(SUFFIX));
        assertEquals(403, send("GET", "/api/applications/" + number, null,
                Map.of("Authorization", basic(YEJI, YEJI_PASSWORD))).status());
        assertEquals(401, send("GET", "/api/applications/" + number, null, Map.of()).status());
        assertEquals(404, send("GET", "/api/applications/" + number, null, Map.of("X-Id-Suffix", "121234")).status());

        Path log = Paths.get(System.getProperty("karaf.log", System.getProperty("karaf.data") + "/log"), "karaf.log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue("the log has the application's traces", text.contains("Item plug-in io.renshe.social-security-card"));
        assertFalse("no ID number in the log", text.contains(ID_NUMBER));
        assertFalse("no ID number suffix in the log", text.contains(SUFFIX));
        assertFalse("no phone number in the log", text.contains(PHONE));
    }

    @Test
    public void f_aStoppedPlugInLeavesItsItemsToTheGenericForm() throws Exception {
        on(LocalDate.of(2024, 10, 9));
        String nobody = "341002199001014563";   // no card: 挂失解挂 is refused by the pre-check
        ObjectNode lost = application(nobody, true, Map.of("1.10.6", Map.of("action", "挂失")), "1.10.6");
        assertEquals("no-card", ok(422, send("POST", "/api/applications", lost, Map.of())).path("errors").get(0)
                .path("code").asText());
        Bundle plugin = bundle("io.renshe.social-security-card");
        plugin.stop();
        try {
            await("the generic form", () -> json(get("/api/applications/form?jurisdiction=341000&oneThing=" + CARD
                    + "&items=1.10.6")).path("items").get(0).path("form").asText().equals("generic"));
            JsonNode form = getJson("/api/applications/form?jurisdiction=341000&oneThing=" + CARD + "&items=1.10.6");
            assertFalse(form.path("items").get(0).path("precheck").asBoolean());
            assertEquals("the catalog's materials", "本人身份证件", form.path("materials").get(0).path("name").asText());
            JsonNode taken = ok(201, send("POST", "/api/applications", lost, Map.of()));
            assertEquals("generic", taken.path("tasks").get(0).path("form").asText());
            assertEquals("[]", get("/api/plugins").body());
        } finally {
            plugin.start();
        }
        await("the plug-in again", () -> send("POST", "/api/applications", lost, Map.of()).status() == 422);
    }

    @Test
    public void g_theExamplePlugInOfTheDocsInstalledAtRuntime() throws Exception {
        on(LocalDate.of(2024, 10, 8));
        installFeature("renshe-baiyin-district");
        installFeature("renshe-plugin-example");
        await("白银区 active", () -> "active".equals(json(get("/api/jurisdictions/620402")).path("status").asText()));
        await("the example plug-in", () -> get("/api/plugins").body().contains("io.renshe.example-plugin"));
        ObjectNode body = mapper.createObjectNode();
        body.put("jurisdiction", "620402");
        body.set("items", mapper.valueToTree(List.of("就业登记")));
        body.set("applicant", mapper.valueToTree(Map.of("name", "王小明", "idNumber", "62040219780715234X",
                "phone", "0943-8221234", "address", "甘肃省白银市白银区人民路1号")));
        body.put("commitment", true);
        body.set("answers", mapper.valueToTree(Map.of("就业登记", Map.of("employer", "白银有色集团", "startDate", "2024-11-01"))));
        JsonNode ahead = ok(422, send("POST", "/api/applications", body, Map.of()));
        assertEquals("start-date-ahead", ahead.path("errors").get(0).path("code").asText());
        body.set("answers", mapper.valueToTree(Map.of("就业登记", Map.of("employer", "白银有色集团", "startDate", "2024-10-08"))));
        JsonNode taken = ok(201, send("POST", "/api/applications", body, Map.of()));
        JsonNode task = taken.path("tasks").get(0);
        assertEquals("就业服务中心", task.path("unit").asText());
        // 提速办 of 白银区: 10个工作日 before, 5个工作日 after; from Tue 10-8: 10-9, 10-10, 10-11, Sat 10-12 (adjusted), 10-14
        assertEquals("2024-10-14", task.path("due").path("committed").asText());
        // … 10-15, 10-16, 10-17, 10-18, 10-21
        assertEquals("2024-10-21", task.path("due").path("statutory").asText());
        assertEquals("10个工作日", task.path("clocks").get(0).path("limit").path("text").asText());
        assertEquals("statutory", task.path("clocks").get(0).path("clock").asText());
        assertEquals("5个工作日", task.path("clocks").get(1).path("limit").path("text").asText());
    }
}
