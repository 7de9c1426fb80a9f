package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's API page lists the operations of GET /api/openapi.json by area, with who may call them and their
 * parameters, links to the raw description, and is in the public navigation as 接口.
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
        String items = (String) browser.script("return [...document.querySelectorAll('#api-catalog tr.api-operation')]"
                + ".find(r => r.cells[0].textContent.trim() === 'GET /api/jurisdictions/{id}/items').cells[3].textContent;");
        assertTrue(items.contains("channel") && items.contains("查询参数"), items);
        assertEquals(List.of("api-catalog", "api-calendar", "api-applications", "api-offices", "api-sheets", "api-tasks",
                "api-cpsv", "api-operations", "api-cluster"), browser.script(
                        "return [...document.querySelectorAll('section.api-tag')].map(s => s.id);"),
                "the areas, from the public's to the operators'");

        browser.find("#api-filter").sendKeys("compare");
        browser.settle();
        assertEquals(List.of("GET /api/compare"), browser.texts("tr.api-operation td:first-child"));
        assertEquals(List.of(), browser.texts(".problem"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("api");
    }
}
