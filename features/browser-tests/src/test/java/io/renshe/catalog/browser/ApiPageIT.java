package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's API page lists the operations of GET /api/openapi.json by area, with who may call them, their
 * parameters and their answers (the status and the schema, its members on request), links to the raw description,
 * and is in the public navigation as 接口. Summaries and descriptions are in the console's language: Chinese
 * (x-summary-zh, x-description-zh), English after the switch.
 */
@ExtendWith(PlatformExtension.class)
class ApiPageIT {

    @Test
    void listsTheOperationsByAreaWithTheirRolesAndParameters(Browser browser) throws Exception {
        browser.signOut();
        browser.open("/");
        browser.find("nav a[href='#/api']").click();
        browser.awaitRoute("/api");
        browser.awaitText("main h1", "接口说明");
        assertEquals("/api/openapi.json", browser.find("#api-raw").getAttribute("pathname"));

        List<String> operations = browser.texts("#api-catalog tr.api-operation td:first-child");
        assertTrue(operations.contains("GET /api/jurisdictions"), operations.toString());
        assertTrue(operations.contains("GET /api/jurisdictions/{id}/items"), operations.toString());
        assertEquals("服务事项目录 catalog", browser.find("#api-catalog h2").getText());
        String validate = (String) browser.script("return [...document.querySelectorAll('#api-operations tr.api-operation')]"
                + ".find(r => r.cells[0].textContent.includes('/api/validate')).cells[2].textContent;");
        assertTrue(validate.contains("仅管理员") && validate.contains("renshe-admin"), validate);
        String items = cell(browser, "GET /api/jurisdictions/{id}/items", 3);
        assertTrue(items.contains("channel") && items.contains("查询参数"), items);
        assertEquals("已部署的全部辖区目录包：层级、上级辖区、版本、状态和错误", cell(browser, "GET /api/jurisdictions", 1));
        assertTrue(items.contains("办理层级：district（县区）"), items);
        assertEquals("200 JurisdictionStatus[]", answer(browser, "GET /api/jurisdictions"));
        assertEquals("201 Application", answer(browser, "POST /api/applications"));
        assertTrue(cell(browser, "POST /api/applications", 3).contains("application/json: ApplicationRequest"),
                cell(browser, "POST /api/applications", 3));
        assertEquals("200 SourcedItemList", answer(browser, "GET /api/jurisdictions/{id}/lists/{listId}"),
                "the list as JSON; the same operation answers CSV and xlsx");
        WebElement members = row(browser, "GET /api/jurisdictions/{id}/lists/{listId}")
                .findElement(By.cssSelector(".api-answer details summary"));
        assertTrue(members.getText().endsWith("个字段"), members.getText());
        members.click();
        List<String> listMembers = row(browser, "GET /api/jurisdictions/{id}/lists/{listId}")
                .findElements(By.cssSelector(".api-answer details li")).stream().map(WebElement::getText).toList();
        assertTrue(listMembers.contains("entries ListEntry[]") && listMembers.contains("provenance Provenance"),
                listMembers.toString());
        browser.awaitText("#api-calendar .api-tag-description", "工作日历：各辖区的法定节假日、调休工作日和办结期限计算");
        assertEquals(List.of("api-catalog", "api-calendar", "api-applications", "api-offices", "api-sheets", "api-tasks",
                "api-cpsv", "api-operations", "api-cluster"), browser.script(
                        "return [...document.querySelectorAll('section.api-tag')].map(s => s.id);"),
                "the areas, from the public's to the operators'");

        browser.find("header button[lang='en']").click();
        browser.awaitText("main h1", "API");
        assertEquals("Every deployed jurisdiction bundle with its level, parent, version, status and errors",
                cell(browser, "GET /api/jurisdictions", 1));
        browser.awaitText("#api-calendar .api-tag-description",
                "The working-day calendar: holidays, adjusted working days and due dates per jurisdiction");
        String itemsEn = cell(browser, "GET /api/jurisdictions/{id}/items", 3);
        assertTrue(itemsEn.contains("district, town or village") && !itemsEn.contains("县区"), itemsEn);
        browser.screenshot("api-en");
        browser.find("header button[lang='zh-CN']").click();
        browser.awaitText("main h1", "接口说明");

        browser.find("#api-filter").sendKeys("compare");
        browser.settle();
        assertEquals(List.of("GET /api/compare"), browser.texts("tr.api-operation td:first-child"));
        assertEquals("比对两个辖区的目录：两者都有的、仅 a 有的、仅 b 有的", cell(browser, "GET /api/compare", 1));
        assertEquals(List.of(), browser.texts(".problem"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("api");
    }

    /** An operation's row ({@code METHOD /path}). */
    private static WebElement row(Browser browser, String operation) {
        return (WebElement) browser.script("return [...document.querySelectorAll('tr.api-operation')]"
                + ".find(r => r.cells[0].textContent.trim() === arguments[0]);", operation);
    }

    /** The answer of an operation as its row shows it: the status and the schema's name. */
    private static String answer(Browser browser, String operation) {
        return row(browser, operation).findElements(By.cssSelector(".api-answer > span.code")).stream()
                .map(WebElement::getText).collect(java.util.stream.Collectors.joining(" "));
    }

    /** The text of a cell (1: the summary, 3: the parameters) of an operation's row ({@code METHOD /path}). */
    private static String cell(Browser browser, String operation, int cell) {
        return (String) browser.script("return [...document.querySelectorAll('tr.api-operation')]"
                + ".find(r => r.cells[0].textContent.trim() === arguments[0]).cells[arguments[1]].textContent;",
                operation, cell);
    }
}
