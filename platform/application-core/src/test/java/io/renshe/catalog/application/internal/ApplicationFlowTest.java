package io.renshe.catalog.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.Application;
import io.renshe.catalog.application.ApplicationRequest;
import io.renshe.catalog.application.ApplicationState;
import io.renshe.catalog.application.ClockKind;
import io.renshe.catalog.application.ConflictException;
import io.renshe.catalog.application.DueChange;
import io.renshe.catalog.application.FollowUp;
import io.renshe.catalog.application.Grouping;
import io.renshe.catalog.application.MaterialUpload;
import io.renshe.catalog.application.Statistics;
import io.renshe.catalog.application.StatisticsRow;
import io.renshe.catalog.application.Task;
import io.renshe.catalog.application.TaskState;
import io.renshe.catalog.application.UnknownException;

/**
 * One application of 就业登记 in 白银区 (whose 提速办 list gives 10个工作日 before and 5个工作日 after acceleration) from
 * submission to rating, on both clocks, across the 2025 Spring Festival and National Day with a suspension between
 * (dates typed by hand from 国办发明电〔2024〕12号: 春节 1月28日至2月4日放假，1月26日（周日）、2月8日（周六）上班；
 * 国庆节、中秋节 10月1日至8日放假，9月28日（周日）、10月11日（周六）上班).
 */
class ApplicationFlowTest {

    static final Applicant WANG = new Applicant("王小明", "62040219780715234X", "13800001234", "甘肃省白银市白银区人民路1号");

    private Harness harness;
    private RecordingPlugin plugin;

    @BeforeEach
    void start() throws Exception {
        harness = new Harness(LocalDate.of(2025, 1, 24));
        plugin = new RecordingPlugin();
        harness.plugin(plugin, "就业登记");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    static ApplicationRequest employment(Applicant applicant, String employer) {
        return new ApplicationRequest("620402", null, List.of("2.4.2"), applicant, true,
                Map.of("2.4.2", Map.of("employer", employer)), List.of(new MaterialUpload("劳动合同", "扫描件")));
    }

    @Test
    void fromSubmissionToRatingOnBothClocks() throws Exception {
        Application submitted = harness.engine.submit(employment(WANG, "白银有色集团"));
        assertEquals("620402-20250124-000001", submitted.number());
        assertEquals(ApplicationState.IN_PROGRESS, submitted.state());
        assertEquals(WANG, submitted.applicant());
        Task task = submitted.tasks().get(0);
        assertEquals("2.4.2", task.item());
        assertEquals("就业服务中心", task.unit());
        assertEquals("list accelerated row 11", task.unitSource());
        assertEquals(TaskState.SUBMITTED, task.state());
        assertEquals(Task.PLUGIN, task.form());
        assertEquals("10个工作日", task.clocks().get(0).limit().text());
        assertEquals(ClockKind.STATUTORY, task.clocks().get(0).clock());
        assertEquals("5个工作日", task.clocks().get(1).limit().text());
        // provisional from the submission day, Fri 1-24: 1-26 (Sun, adjusted), 1-27, 2-5, 2-6, 2-7 | 2-8 (Sat), 2-10..2-13
        assertEquals(LocalDate.of(2025, 2, 13), task.due().statutory());
        assertEquals(LocalDate.of(2025, 2, 7), task.due().committed());
        assertEquals(task.due(), submitted.due());
        assertEquals("registered-on", submitted.results().get(0).rule());
        assertEquals("2025-01-24", task.results().get(0).values().get("registeredOn"));
        assertEquals(Map.of("employer", "白银有色集团"), task.answers());
        assertEquals("劳动合同", submitted.materials().get(0).name());
        assertEquals(List.of("2.4.2"), submitted.materials().get(0).items());

        // accepted the same day: no date moves
        Task accepted = harness.engine.accept(task.id(), "clerk-620402");
        assertEquals(TaskState.ACCEPTED, accepted.state());
        assertEquals(LocalDate.of(2025, 1, 24), accepted.acceptedOn());
        assertEquals(List.of(), accepted.dueChanges());
        assertThrows(UnknownException.class, () -> harness.engine.approve(9999, null, "x"), "unknown task");

        // returned on Thu 2-6 with 4 working days used: the clocks stop
        harness.clock.set(LocalDate.of(2025, 2, 6));
        Task returned = harness.engine.returnForMaterials(task.id(), List.of("劳动合同（原件扫描）", "营业执照"),
                "扫描件不清晰", "clerk-620402");
        assertEquals(TaskState.RETURNED, returned.state());
        assertEquals(List.of("劳动合同（原件扫描）", "营业执照"), returned.missing());
        assertFalse(returned.clocks().get(1).running());
        assertEquals(ApplicationState.RETURNED, harness.engine.application(submitted.number(), "15234x").state());
        assertThrows(ConflictException.class, () -> harness.engine.approve(task.id(), null, "clerk"));

        // a resubmission has to bring every missing material, all named at once
        harness.clock.set(LocalDate.of(2025, 9, 26));
        var lacking = assertThrows(io.renshe.catalog.application.RejectedException.class,
                () -> harness.engine.resubmit(submitted.number(), "15234X", List.of(new MaterialUpload("营业执照", "副本"))));
        assertEquals(List.of("missing-material"), lacking.errors().stream().map(e -> e.code()).toList());
        Application resubmitted = harness.engine.resubmit(submitted.number(), "15234X", List.of(
                new MaterialUpload("劳动合同（原件扫描）", "清晰扫描件"), new MaterialUpload("营业执照", "副本")));
        Task running = resubmitted.tasks().get(0);
        assertEquals(TaskState.ACCEPTED, running.state());
        // 1 working day left on the committed clock: Sun 9-28 (adjusted); 6 on the statutory one: 9-28, 9-29, 9-30,
        // 10-9, 10-10, Sat 10-11 (adjusted)
        assertEquals(LocalDate.of(2025, 9, 28), running.due().committed());
        assertEquals(LocalDate.of(2025, 10, 11), running.due().statutory());
        assertEquals(2, running.dueChanges().size());
        DueChange committedMove = running.dueChanges().stream().filter(c -> c.clock() == ClockKind.COMMITTED).findFirst().orElseThrow();
        assertEquals("resubmitted", committedMove.cause());
        assertEquals(LocalDate.of(2025, 2, 7), committedMove.from());
        assertEquals(LocalDate.of(2025, 9, 28), committedMove.to());
        assertTrue(committedMove.reason().startsWith("2025-02-06退回补正，2025-09-26补正后重新计时"), committedMove.reason());
        assertEquals(1, running.suspensions().size());
        assertEquals(LocalDate.of(2025, 9, 26), running.suspensions().get(0).resumedOn());
        assertNotNull(running.suspensions().get(0).workingDays());
        assertEquals(2, resubmitted.materials().stream().filter(m -> m.round() == 1).count());

        // approved on Sun 9-28, an adjusted working day: on time, 5 working days taken (4 before, 1 after)
        harness.clock.set(LocalDate.of(2025, 9, 28));
        Task approved = harness.engine.approve(task.id(), "符合条件", "clerk-620402");
        assertEquals(TaskState.APPROVED, approved.state());
        assertEquals(LocalDate.of(2025, 9, 28), approved.decidedOn());
        assertThrows(ConflictException.class, () -> harness.engine.rate(submitted.number(), "15234X", 5, null),
                "not completed yet");
        harness.clock.set(LocalDate.of(2025, 9, 29));
        Task delivered = harness.engine.deliver(task.id(), "window-620402");
        assertEquals(TaskState.DELIVERED, delivered.state());
        assertEquals(List.of(TaskState.APPROVED, TaskState.DELIVERED), plugin.decisions.stream().map(d -> d.state()).toList());
        assertEquals(WANG.idNumber(), plugin.decisions.get(0).applicant().idNumber());

        Application rated = harness.engine.rate(submitted.number(), "15234X", 2, "等待时间太长");
        assertEquals(ApplicationState.COMPLETED, rated.state());
        assertEquals("不满意", rated.rating().label());
        assertTrue(rated.rating().followUp());
        assertThrows(ConflictException.class, () -> harness.engine.rate(submitted.number(), "15234X", 5, null));
        assertEquals(List.of("submit", "accept", "return", "resubmit", "approve", "deliver", "rate"),
                rated.history().stream().map(h -> h.action()).toList());
        assertEquals("clerk-620402", rated.history().get(1).actor());
        assertEquals("applicant", rated.history().get(3).actor());

        List<FollowUp> followUps = harness.engine.followUps("620402", "就业服务中心", 10);
        assertEquals(1, followUps.size());
        assertEquals(submitted.number(), followUps.get(0).application());
        assertEquals("等待时间太长", followUps.get(0).comment());
        assertEquals(List.of(), harness.engine.followUps("620402", "社保中心", 10));

        Statistics byItem = harness.engine.statistics("620402", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                Grouping.ITEM);
        StatisticsRow row = byItem.rows().get(0);
        assertEquals("2.4.2", row.key());
        assertEquals("1.0.0", row.catalogVersion());
        assertEquals(task.itemState(), row.itemState());
        assertEquals(1, row.received());
        assertEquals(1, row.completed());
        assertEquals(1, row.onTime());
        assertEquals(0, row.late());
        assertEquals(5.0, row.averageWorkingDays());
        assertEquals(1, row.ratings().dissatisfied());
        assertEquals(1, row.followUps());
        assertEquals(1, byItem.total().received());
        Statistics byUnit = harness.engine.statistics("620402", LocalDate.of(2025, 1, 24), LocalDate.of(2025, 1, 24),
                Grouping.UNIT);
        assertEquals("就业服务中心", byUnit.rows().get(0).key());
        Statistics none = harness.engine.statistics("620402", LocalDate.of(2025, 1, 25), LocalDate.of(2025, 12, 31),
                Grouping.ONE_THING);
        assertEquals(List.of(), none.rows());
        assertEquals(0, none.total().received());
    }

    @Test
    void acceptanceOnALaterDayMovesTheDatesAndSaysWhy() throws Exception {
        harness.clock.set(LocalDate.of(2025, 9, 26));
        Application submitted = harness.engine.submit(employment(WANG, "白银有色集团"));
        Task task = submitted.tasks().get(0);
        // provisional from Fri 9-26: 9-28 (Sun, adjusted), 9-29, 9-30, 10-9, 10-10
        assertEquals(LocalDate.of(2025, 10, 10), task.due().committed());
        assertTrue(task.clocks().get(1).note().contains("受理前为预计日期"), task.clocks().get(1).note());
        harness.clock.set(LocalDate.of(2025, 9, 30));
        Task accepted = harness.engine.accept(task.id(), "clerk");
        // from Tue 9-30: 10-9, 10-10, Sat 10-11 (adjusted), 10-13, 10-14
        assertEquals(LocalDate.of(2025, 10, 14), accepted.due().committed());
        DueChange moved = accepted.dueChanges().stream().filter(c -> c.clock() == ClockKind.COMMITTED).findFirst().orElseThrow();
        assertEquals("accepted", moved.cause());
        assertEquals("受理日为2025-09-30，时限自受理日起算（提交时按2025-09-26预计为2025-10-10），办结日期改为2025-10-14",
                moved.reason());
        assertNull(accepted.clocks().get(1).note());
    }

    @Test
    void theApplicantProvesWhoTheyAreWithTheLastSixCharacters() throws Exception {
        Application submitted = harness.engine.submit(employment(WANG, "白银有色集团"));
        assertEquals(submitted.number(), harness.engine.application(submitted.number(), "15234x").number());
        assertThrows(UnknownException.class, () -> harness.engine.application(submitted.number(), "152340"));
        assertThrows(UnknownException.class, () -> harness.engine.application(submitted.number(), null));
        assertThrows(UnknownException.class, () -> harness.engine.application("620402-20250125-000001", "15234X"),
                "the number names the submission day");
        assertThrows(UnknownException.class, () -> harness.engine.application("no-number", "15234X"));

        Application masked = submitted.maskedView();
        assertTrue(masked.masked());
        assertEquals(new Applicant("王**", "6204**************", "138****1234", "甘肃省白银市********"), masked.applicant());
        assertNull(masked.tasks().get(0).answers());
        assertFalse(WANG.toString().contains("15234X"), WANG.toString());
        assertFalse(WANG.toString().contains("13800001234"), WANG.toString());
    }
}
