package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

/**
 * The integrated window's flow in the console (docs/applications.md "The flow"): a visitor applies for 社会保障卡申领 and
 * 社会保障卡应用状态查询; 黄山市's office sees the new tasks in its queue, accepts 申领, returns it for 本人身份证件 (the
 * missing material is required, said at the field); meanwhile another clerk accepts 应用状态查询 over HTTP, so the
 * console's accept of it is a conflict said in words, and the office refuses it with a reason (required, said at the
 * field); the visitor resubmits the material on the follow page; the office approves and delivers 申领 in the console;
 * the visitor's follow page shows 申领 delivered, 应用状态查询 refused with its reason and the application completed, and
 * the visitor rates it; the administrator's statistics count it.
 */
@ExtendWith(PlatformExtension.class)
class UnitJourneyIT {

    private static final String QUERY = "社会保障卡应用状态查询";

    @Test
    void aUnitHandlesTheNewTaskAndTheVisitorSeesItDelivered(Platform platform, Browser browser) throws Exception {
        ApplyJourneyIT.awaitApplications(platform);
        String idNumber = Fixtures.idNumber(502);
        String number = ApplyJourneyIT.apply(browser, idNumber, false, QUERY);

        browser.signIn(Distribution.HUANGSHAN);
        assertEquals(List.of("承办"), browser.texts("#nav-unit"));
        browser.open("/unit?jurisdiction=341000");
        String card = "tr[data-application='" + number + "'][data-item='1.10.1']";
        String query = "tr[data-application='" + number + "'][data-item='" + QUERY + "']";
        assertEquals("已提交，待受理", browser.find(card + " td.task-state").getText());
        assertEquals("已提交，待受理", browser.find(query + " td.task-state").getText());
        String cardTask = browser.find(card).getAttribute("id").substring("task-".length());
        browser.screenshot("unit-tasks");
        browser.find(card + " button.act-accept").click();
        browser.awaitText(card + " td.task-state", "已受理，审批中");

        browser.find(card + " button.act-return").click();
        browser.find(card + " form.task-form button.confirm").click();
        browser.awaitText(card + " .field-error", "请至少写明一项需补正的材料。");
        browser.find(card + " textarea").sendKeys("本人身份证件");
        browser.find(card + " form.task-form input").sendKeys("证件照片不清晰");
        browser.find(card + " form.task-form button.confirm").click();
        browser.awaitText(card + " td.task-state", "退回补正");

        // another clerk accepts the query over HTTP while the console shows it submitted: the console's accept is a
        // conflict, said in words, and the queue is read again; then the office refuses it, with the reason it must give
        String queryTask = browser.find(query).getAttribute("id").substring("task-".length());
        assertEquals(200, platform.send(Distribution.HUANGSHAN, "POST", "/api/tasks/" + queryTask + "/accept", null)
                .statusCode());
        browser.find(query + " button.act-accept").click();
        browser.awaitText("#un-conflict p", "这项任务已被他人处理或状态已变化，列表已刷新，请查看后再操作。");
        browser.settle();
        assertEquals("已受理，审批中", browser.find(query + " td.task-state").getText());
        browser.find(query + " button.act-refuse").click();
        browser.find(query + " form.task-form button.confirm").click();
        browser.awaitText(query + " .field-error", "请写明不予办理的理由。");
        browser.find(query + " textarea").sendKeys("申请人已在其他渠道查询，无需办理");
        browser.find(query + " form.task-form button.confirm").click();
        browser.awaitText("#un-message", "任务 " + queryTask + "（社会保障卡应用状态查询）：不予办理完成。");
        browser.settle();
        assertEquals(List.of(), browser.all(query), "a refused task leaves the queue");
        assertEquals(List.of(), browser.unexpectedConsoleErrors(java.util.regex.Pattern.compile("status of 409")));
        browser.signOut();

        ApplyJourneyIT.follow(browser, number, idNumber);
        assertEquals("待补正材料", browser.find("#fo-state").getText());
        assertTrue(browser.find("#follow-result tbody").getText().contains("需补正的材料：本人身份证件"));
        browser.screenshot("follow-returned");
        browser.find("#fo-m-0").sendKeys(ApplyJourneyIT.identityCard().toString());
        browser.find("#fo-resubmit").click();
        browser.awaitText("#fo-state", "办理中");

        browser.signIn(Distribution.HUANGSHAN);
        browser.open("/unit?jurisdiction=341000");
        assertEquals("已受理，审批中", browser.find(card + " td.task-state").getText());
        browser.find(card + " button.act-approve").click();
        browser.find(card + " form.task-form button.confirm").click();
        browser.awaitText(card + " td.task-state", "审批通过，待出件");
        browser.find(card + " button.act-deliver").click();
        browser.awaitText("#un-message", "任务 " + cardTask + "（社会保障卡申领）：出件完成。");
        browser.settle();
        assertEquals(List.of(), browser.all(card), "a delivered task leaves the queue");
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();

        ApplyJourneyIT.follow(browser, number, idNumber);
        assertEquals("已办结", browser.find("#fo-state").getText());
        assertEquals(List.of("已出件", "不予办理"), browser.texts("#follow-result td.task-state"));
        assertTrue(browser.find("#fo-task-2").getText().contains("不予办理的理由：申请人已在其他渠道查询，无需办理"));
        new Select(browser.find("#fo-score")).selectByVisibleText("满意");
        browser.find("#fo-rate").click();
        browser.awaitText("#fo-rating", "您的评价：满意");
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("follow-delivered");

        browser.signIn(Distribution.ADMIN);
        browser.open("/admin/statistics?jurisdiction=341000");
        assertEquals("办件统计", browser.find("main h1").getText());
        browser.find("table.statistics tbody tr");
        assertTrue(browser.texts("table.statistics tbody tr th").contains("合计"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("admin-statistics");
        browser.signOut();
    }
}
