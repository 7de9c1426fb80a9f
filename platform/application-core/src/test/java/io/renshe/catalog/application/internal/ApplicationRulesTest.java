package io.renshe.catalog.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.Application;
import io.renshe.catalog.application.ApplicationError;
import io.renshe.catalog.application.ApplicationForm;
import io.renshe.catalog.application.ApplicationRequest;
import io.renshe.catalog.application.DueFilter;
import io.renshe.catalog.application.MaterialNeed;
import io.renshe.catalog.application.MaterialUpload;
import io.renshe.catalog.application.RejectedException;
import io.renshe.catalog.application.Task;
import io.renshe.catalog.application.TaskQuery;
import io.renshe.catalog.application.TaskState;
import io.renshe.catalog.application.UnknownException;
import io.renshe.catalog.application.spi.ItemPlugin;
import io.renshe.catalog.application.spi.Precheck;
import io.renshe.catalog.application.spi.Refusal;

/**
 * What the service refuses (every reason at once, nothing stored), how it routes the items of Huangshan's card
 * one-thing without a plug-in (the generic form), and how plug-ins come and go.
 */
class ApplicationRulesTest {

    static final Applicant LI = new Applicant("李华", "341002198503121233", "0559-2345678", "安徽省黄山市屯溪区黄山西路1号");
    static final String CARD = "card-one-thing-1";
    static final List<MaterialUpload> ID_CARD = List.of(new MaterialUpload("本人身份证件", "正反面扫描件"));

    private Harness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new Harness(LocalDate.of(2024, 9, 27));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static List<String> codes(List<ApplicationError> errors) {
        return errors.stream().map(ApplicationError::code).toList();
    }

    @Test
    void everyProblemAtOnceAndNothingStored() throws Exception {
        harness.plugin(new RecordingPlugin(), "2.4.2");
        ApplicationRequest bad = new ApplicationRequest("620402", null, List.of("2.4.2", "就业登记"),
                new Applicant(" ", "620402197807152341", "12", "x".repeat(201)), false,
                Map.of("2.4.2", Map.of("employer", "", "extra", 1), "1.10.1", Map.of()),
                List.of(new MaterialUpload("劳动合同", ""), new MaterialUpload("劳动合同", "y".repeat(1001))));
        RejectedException e = assertThrows(RejectedException.class, () -> harness.engine.submit(bad));
        List<String> codes = codes(e.errors());
        for (String code : List.of("missing-value", "invalid-id-number", "invalid-phone", "too-long",
                "commitment-not-accepted", "duplicate-item", "unexpected-answers", "invalid-answer",
                "duplicate-material", "material-too-large")) {
            assertTrue(codes.contains(code), code + " in " + e.errors());
        }
        ApplicationError id = e.errors().stream().filter(x -> x.code().equals("invalid-id-number")).findFirst().orElseThrow();
        assertEquals("/applicant/idNumber", id.pointer());
        assertEquals("居民身份证号码的校验码不正确", id.message());
        for (ApplicationError error : e.errors()) {
            assertFalse(error.message().contains("620402197807152341"), "no ID number in " + error);
        }
        assertTrue(e.errors().stream().anyMatch(x -> "/answers/2.4.2/employer".equals(x.pointer())), e.errors().toString());
        assertTrue(e.errors().stream().anyMatch(x -> "/answers/2.4.2/extra".equals(x.pointer())), e.errors().toString());
        assertEquals(e.errors(), harness.engine.check(bad), "check answers what submit refuses");
        for (String table : List.of("APPLICATION", "APPLICATION_TASK", "APPLICATION_HISTORY", "APPLICATION_MATERIAL")) {
            assertEquals(0, harness.count(table), table);
        }
    }

    @Test
    void thePrecheckRunsWithAValidApplicantAndKeepsOnlyRefusalsOfThePluginsItems() {
        harness.plugin(new RecordingPlugin(), "2.4.2");
        ApplicationRequest closed = new ApplicationRequest("620402", null, List.of("2.4.2"), ApplicationFlowTest.WANG,
                true, Map.of("2.4.2", Map.of("employer", "已注销的单位")), List.of());
        RejectedException e = assertThrows(RejectedException.class, () -> harness.engine.submit(closed));
        assertEquals(List.of(new ApplicationError("2.4.2", "employer-closed", "用人单位已注销", "/items/0")), e.errors());
    }

    @Test
    void unknownJurisdictionOneThingOrItemsAre404() {
        UnknownException items = assertThrows(UnknownException.class, () -> harness.engine.submit(
                new ApplicationRequest("620402", null, List.of("2.4.2", "9.9.9", "无此事项"), LI, true, null, null)));
        assertEquals(List.of("9.9.9", "无此事项"), items.errors().stream().map(ApplicationError::item).toList());
        assertEquals(List.of("/items/1", "/items/2"), items.errors().stream().map(ApplicationError::pointer).toList());
        assertThrows(UnknownException.class, () -> harness.engine.submit(
                new ApplicationRequest("999999", null, List.of("2.4.2"), LI, true, null, null)));
        assertThrows(UnknownException.class, () -> harness.engine.submit(
                new ApplicationRequest("341000", "no-such-thing", List.of("1.10.1"), LI, true, null, null)));
        UnknownException notInOneThing = assertThrows(UnknownException.class, () -> harness.engine.submit(
                new ApplicationRequest("341000", CARD, List.of("1.10.1", "2.4.2"), LI, true, null, ID_CARD)));
        assertEquals("“我要办理社会保障卡”不含事项“2.4.2”", notInOneThing.errors().get(0).message());
    }

    @Test
    void theCardOneThingWithoutPluginTakesTheGenericFormAndRoutesByTheCatalog() throws Exception {
        ApplicationForm form = harness.engine.form("341000", CARD, List.of("1.10.1", "社会保障卡启用", "1.2.3"));
        assertEquals("我要办理社会保障卡", form.oneThingName());
        assertEquals("承诺提交的所有材料真实、合法、有效。并承诺对因提交虚假材料引发的后果承担相应法律责任。", form.commitment());
        // 本人身份证件 is asked for once, for the three items (存在重复申报资料的，仅需提交一份)
        assertEquals(List.of(new MaterialNeed("本人身份证件", true, "代办需提供双方身份证件", List.of("1.10.1", "1.10.2", "1.2.3"))),
                form.materials());
        assertEquals(List.of(Task.GENERIC, Task.GENERIC, Task.GENERIC), form.items().stream().map(i -> i.form()).toList());
        assertEquals(Map.of("type", "object", "additionalProperties", false), form.items().get(0).schema());
        assertFalse(form.items().get(0).precheck());
        assertEquals(LocalDate.of(2024, 9, 27), form.today());
        // 1个工作日 from Fri 9-27: Sun 9-29, an adjusted working day
        assertEquals(LocalDate.of(2024, 9, 29), form.items().get(0).clocks().get(1).due());
        assertEquals(8, harness.engine.form("341000", CARD, List.of()).items().size(), "all items of the one-thing");

        RejectedException noMaterial = assertThrows(RejectedException.class, () -> harness.engine.submit(
                new ApplicationRequest("341000", CARD, List.of("1.10.1", "社会保障卡启用", "1.2.3"), LI, true, null, null)));
        assertEquals(List.of("missing-material"), codes(noMaterial.errors()), "one error for the shared material");

        Application application = harness.engine.submit(new ApplicationRequest("341000", CARD,
                List.of("社会保障卡申领", "社会保障卡启用", "养老保险待遇发放账号维护申请"), LI, true,
                Map.of("社会保障卡启用", Map.of("ignored", "by the generic form")), ID_CARD));
        List<Task> tasks = application.tasks();
        assertEquals(List.of("1.10.1", "1.10.2", "1.2.3"), tasks.stream().map(Task::item).toList());
        assertEquals(List.of("社会保障卡申领", "社会保障卡启用", "养老保险待遇发放账号维护申请"),
                tasks.stream().map(Task::itemName).toList());
        assertEquals("人力资源社会保障部门", tasks.get(0).unit());
        assertEquals("one-thing card-one-thing-1 item 1", tasks.get(0).unitSource());
        assertEquals("信息中心", tasks.get(1).unit());
        assertEquals("list nearby row 39", tasks.get(1).unitSource());
        assertNull(tasks.get(2).unit(), "no document names the unit of item 8: the front desk keeps it");
        assertEquals("1个工作日", tasks.get(0).clocks().get(1).limit().text());
        assertEquals("one-thing card-one-thing-1 item 1", tasks.get(0).clocks().get(1).source());
        assertEquals("one-thing card-one-thing-1 item 1 (the one limit stated)", tasks.get(0).clocks().get(0).source());
        assertEquals(LocalDate.of(2024, 9, 29), tasks.get(0).due().committed());
        assertEquals(LocalDate.of(2024, 9, 27), tasks.get(1).due().committed(), "即时办结: the day itself");
        assertEquals(LocalDate.of(2024, 9, 29), application.due().committed(), "the latest of its items");
        assertEquals(1, application.materials().size());
        assertEquals(List.of("1.10.1", "1.10.2", "1.2.3"), application.materials().get(0).items());

        // the queues
        assertEquals(1, harness.engine.queue(new TaskQuery("341000", "信息中心", null, null, 100)).size());
        assertEquals(1, harness.engine.queue(new TaskQuery("341000", "人力资源社会保障部门", TaskState.SUBMITTED, null, 100)).size());
        assertEquals(List.of("1.2.3"), harness.engine.queue(new TaskQuery("341000", TaskQuery.FRONT_DESK, null, null, 100))
                .stream().map(Task::item).toList());
        assertEquals(List.of("1.10.2"), harness.engine.queue(new TaskQuery("341000", null, null, DueFilter.TODAY, 100))
                .stream().map(Task::item).toList());
        assertEquals(List.of("1.10.2", "1.10.1", "1.2.3"), harness.engine.queue(
                new TaskQuery("341000", null, null, DueFilter.WEEK, 100)).stream().map(Task::item).toList(),
                "by committed due date, then by number and place");
        harness.clock.set(LocalDate.of(2024, 9, 30));
        assertEquals(List.of("1.10.2", "1.10.1", "1.2.3"), harness.engine.queue(
                new TaskQuery("341000", null, null, DueFilter.OVERDUE, 100)).stream().map(Task::item).toList());
        assertThrows(UnknownException.class, () -> harness.engine.queue(new TaskQuery("341000", "无此科室", null, null, 10)));
        assertEquals(1, harness.engine.queue(new TaskQuery("341000", null, null, null, 1)).size(), "at most the limit");
        assertNull(harness.engine.queue(new TaskQuery("341000", null, null, null, 100)).get(0).answers(),
                "a queue carries no answers");
    }

    @Test
    void aPluginThatGoesFallsBackToTheGenericFormAndHearsOfDecisionsWhenItComesBack() throws Exception {
        RecordingPlugin plugin = new RecordingPlugin();
        var registration = harness.plugin(plugin, "2.4.2");
        assertEquals(Task.PLUGIN, harness.engine.form("620402", null, List.of("2.4.2")).items().get(0).form());
        assertEquals(1, harness.engine.plugins().size());
        harness.engine.removePlugin(plugin, registration);
        assertEquals(List.of(), harness.engine.plugins());
        var form = harness.engine.form("620402", null, List.of("2.4.2")).items().get(0);
        assertEquals(Task.GENERIC, form.form());
        assertFalse(form.precheck());

        // answers of the plug-in's form and an employer it would refuse: the generic form takes them without a pre-check
        Application application = harness.engine.submit(ApplicationFlowTest.employment(ApplicationFlowTest.WANG, "已注销的单位"));
        Task task = application.tasks().get(0);
        assertEquals(Task.GENERIC, task.form());
        assertNull(task.plugin());
        assertEquals(List.of(), application.results());
        harness.engine.accept(task.id(), "clerk");
        harness.engine.approve(task.id(), null, "clerk");
        assertEquals(1, harness.count("DECISION_OUTBOX WHERE DONE_AT IS NULL"), "waits for a plug-in");

        // the plug-in that comes back is offered the waiting decision at once (on the engine's worker): it fails
        plugin.failDecisions = true;
        harness.plugin(plugin, "2.4.2");
        assertEquals(List.of(), plugin.decisions);
        assertEquals(1, harness.count("DECISION_OUTBOX WHERE DONE_AT IS NULL AND ATTEMPTS = 1"), "offered again later");
        plugin.failDecisions = false;
        harness.engine.deliverDecisions(null);
        assertEquals(List.of(TaskState.APPROVED), plugin.decisions.stream().map(d -> d.state()).toList());
        assertEquals(0, harness.count("DECISION_OUTBOX WHERE DONE_AT IS NULL"));
        harness.engine.deliver(task.id(), "window");
        assertEquals(List.of(TaskState.APPROVED, TaskState.DELIVERED), plugin.decisions.stream().map(d -> d.state()).toList());
    }

    /** A plug-in with the form of {@link RecordingPlugin} whose pre-check throws. */
    private static ItemPlugin failing(Function<Precheck, RuntimeException> failure) {
        RecordingPlugin forms = new RecordingPlugin();
        return new ItemPlugin() {
            @Override
            public String form(String item) {
                return forms.form(item);
            }

            @Override
            public List<Refusal> precheck(Precheck precheck) {
                throw failure.apply(precheck);
            }
        };
    }

    @Test
    void aFailingPluginIsA503WithoutItsMessageAndNothingStored() throws Exception {
        ApplicationRequest request = new ApplicationRequest("620402", null, List.of("2.4.2"), ApplicationFlowTest.WANG,
                true, Map.of("2.4.2", Map.of("employer", "白银有色集团")), List.of());
        ItemPlugin broken = failing(precheck -> new IllegalStateException("lookup of " + precheck.applicant().idNumber()
                + " failed"));
        Map<String, Object> registration = harness.plugin(broken, "2.4.2");
        ServiceUnavailableException failed = assertThrows(ServiceUnavailableException.class,
                () -> harness.engine.submit(request));
        assertTrue(failed.getMessage().matches("The item plug-in .* failed \\(precheck\\), logged as [0-9a-f-]{36}: "
                + "try again later"), failed.getMessage());
        assertFalse(failed.getMessage().contains(ApplicationFlowTest.WANG.idNumber()));
        harness.engine.removePlugin(broken, registration);

        harness.plugin(failing(precheck -> new ServiceUnavailableException("the register's database is not open yet")),
                "2.4.2");
        ServiceUnavailableException unavailable = assertThrows(ServiceUnavailableException.class,
                () -> harness.engine.submit(request));
        assertTrue(unavailable.getMessage().endsWith("(precheck): a service it needs is unavailable, try again later"),
                unavailable.getMessage());
        for (String table : List.of("APPLICATION", "APPLICATION_TASK", "APPLICATION_HISTORY")) {
            assertEquals(0, harness.count(table), table);
        }
    }

    @Test
    void nothingIsHalfWrittenWhenTheDatabaseFailsMidway() throws Exception {
        harness.execute("DROP TABLE APPLICATION_MATERIAL");
        RuntimeException failure = assertThrows(RuntimeException.class, () -> harness.engine.submit(
                new ApplicationRequest("341000", CARD, List.of("1.10.1", "1.10.2"), LI, true, null, ID_CARD)));
        assertTrue(failure.getMessage().startsWith("Database failure while submitting an application: SQL state 42X05"),
                failure.getMessage());
        assertFalse(failure.getMessage().contains(LI.idNumber()));
        for (String table : List.of("APPLICATION", "APPLICATION_TASK", "APPLICATION_HISTORY")) {
            assertEquals(0, harness.count(table), table);
        }
    }

    @Test
    void actionsCheckTheirInputAndTheTasksState() throws Exception {
        Application application = harness.engine.submit(
                new ApplicationRequest("341000", CARD, List.of("1.10.1"), LI, true, null, ID_CARD));
        long task = application.tasks().get(0).id();
        RejectedException noMissing = assertThrows(RejectedException.class,
                () -> harness.engine.returnForMaterials(task, List.of(), null, "clerk"));
        assertEquals(List.of("missing-value"), codes(noMissing.errors()));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= ApplicationEngine.MAX_MISSING; i++) {
            tooMany.add("材料" + i);
        }
        assertEquals(List.of("too-many-materials"), codes(assertThrows(RejectedException.class,
                () -> harness.engine.returnForMaterials(task, tooMany, null, "clerk")).errors()));
        assertEquals(List.of("missing-value"), codes(assertThrows(RejectedException.class,
                () -> harness.engine.refuse(task, " ", "clerk")).errors()));
        assertThrows(io.renshe.catalog.application.ConflictException.class, () -> harness.engine.deliver(task, "w"));
        Task refused = harness.engine.refuse(task, "不予受理：身份证件已过有效期", "front-desk");
        assertEquals(TaskState.REFUSED, refused.state());
        assertEquals("不予受理：身份证件已过有效期", refused.refusal());
        Application completed = harness.engine.application(application.number(), "121233");
        assertEquals(io.renshe.catalog.application.ApplicationState.COMPLETED, completed.state());
        assertNull(completed.due().committed(), "a refused task counts for no due date");
        assertEquals(5, harness.engine.rate(application.number(), "121233", 5, null).rating().score());
        assertEquals(List.of("invalid-score"), codes(assertThrows(RejectedException.class,
                () -> harness.engine.rate(application.number(), "121233", 6, null)).errors()));
    }
}
