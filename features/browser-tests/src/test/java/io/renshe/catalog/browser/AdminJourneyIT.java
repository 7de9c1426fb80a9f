package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's journeys that work on today's API: validate a broken bundle jar and see its errors by file and
 * line; deploy it and see it rejected with the same errors and in the event log; compare two jurisdictions.
 * The broken fixture (fixtures/broken-county/nearby.yaml) has three mistakes: an unknown unit (line 9), a time limit
 * that means nothing (尽快, line 11) and a field the format does not have (colour, line 15).
 */
@ExtendWith(PlatformExtension.class)
class AdminJourneyIT {

    private static final Pattern EXPECTED_422 = Pattern.compile("/api/validate - Failed to load resource: the server responded with a status of 422");

    record ErrorRow(String file, String line, String reason) {
    }

    @Test
    void validateABrokenJarAndSeeItsErrorsByFileAndLine(Browser browser) throws Exception {
        Path jar = Fixtures.bundle("broken-county", "1.0.0");
        browser.signIn(Distribution.ADMIN);
        browser.open("/admin/validate");
        browser.find("#bundle-jar").sendKeys(jar.toString());
        WebElement verdict = browser.find(".invalid .problem-title");
        assertTrue(verdict.getText().startsWith("broken-county-1.0.0.jar 校验未通过"), verdict.getText());
        List<ErrorRow> rows = errorRows(browser.find(".validate-result table.errors"));
        assertBrokenCountyErrors(rows);
        assertTrue(verdict.getText().contains("共 " + rows.size() + " 个错误"), verdict.getText());
        assertEquals(List.of(), browser.unexpectedConsoleErrors(EXPECTED_422));
        browser.screenshot("admin-validate-errors");
    }

    @Test
    void dropAValidJarOnThePage(Browser browser) throws Exception {
        Path jar = Fixtures.bundle("valid-county", "1.0.0");
        browser.signIn(Distribution.ADMIN);
        browser.open("/admin/validate");
        drop(browser, jar, "valid-county-1.0.0.jar");
        WebElement success = browser.find(".validate-result .success");
        assertTrue(success.getText().contains("valid-county-1.0.0.jar 校验通过，可以部署"), success.getText());
        assertTrue(success.getText().contains("341098"), success.getText());
        // a file that is not a jar is refused on the page, before any upload
        drop(browser, null, "清单.txt");
        assertTrue(browser.find(".validate-result .problem").getText().contains("这不是 jar 文件"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aDeployedBrokenBundleIsShownRejectedWithEveryErrorAndInTheEventLog(Platform platform, Browser browser) throws Exception {
        Path jar = Fixtures.bundle("broken-county", "1.0.1");
        Path deployed = platform.distribution().home().resolve("deploy/broken-county-1.0.1.jar");
        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            await(() -> platform.get("/api/jurisdictions/341099").body().contains("\"rejected\""), "341099 rejected");
            browser.open("/admin/jurisdictions?focus=341099");
            WebElement row = browser.find("#j-341099");
            assertTrue(row.getText().contains("测试县") && row.getText().contains("已拒绝") && row.getText().contains("1.0.1"), row.getText());
            WebElement errors = row.findElement(By.xpath("following-sibling::tr[1]//table"));
            assertBrokenCountyErrors(errorRows(errors));
            assertTrue(browser.find("main .count").getText().contains("其中 1 个被拒绝"), browser.find("main .count").getText());
            assertEquals(List.of(), browser.consoleErrors());
            browser.screenshot("admin-jurisdictions-rejected");

            browser.open("/admin/events?subject=341099");
            List<String> kinds = browser.texts("table.events tbody tr td:nth-child(2)");
            assertEquals("目录包被拒绝", kinds.get(0), kinds.toString());
            assertTrue(browser.find("table.events tbody tr td.detail").getText().contains("nearby.yaml"));
            assertEquals(List.of(), browser.consoleErrors());
            browser.screenshot("admin-events-rejected");
        } finally {
            Files.deleteIfExists(deployed);
        }
        await(() -> platform.get("/api/jurisdictions/341099").statusCode() == 404, "341099 removed");
    }

    @Test
    void compareTwoJurisdictionsSideBySide(Browser browser) throws Exception {
        browser.open("/admin/compare");
        new Select(browser.find("#cmp-a")).selectByValue("341000");
        new Select(browser.find("#cmp-b")).selectByValue("341504");
        browser.find("form.compare-form button[type='submit']").click();
        browser.awaitRoute("/admin/compare?a=341000&b=341504");
        browser.awaitText("main h2", "黄山市 与 叶集区");
        // 社会保障卡申领: Huangshan at bank outlets and online (000), Yeji on its village platform (004)
        WebElement item = browser.find("table.compare").findElement(By.xpath(".//tr[th//a[text()='社会保障卡申领']]"));
        List<WebElement> rows = new ArrayList<>(List.of(item));
        rows.addAll(item.findElements(By.xpath("following-sibling::tr[not(th)]")));
        String channels = rows.stream().map(WebElement::getText).filter(t -> t.contains("办理渠道")).findFirst().orElse("");
        assertTrue(channels.contains("合作银行网点、线上办") && channels.contains("村级服务平台"), channels);
        assertTrue(browser.find("main .count").getText().startsWith("两地都有"), browser.find("main .count").getText());
        browser.find(".chart svg");
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("admin-compare");

        browser.find("form.compare-form button.secondary").click();
        browser.awaitRoute("/admin/compare?a=341504&b=341000");
        browser.awaitText("main h2", "叶集区 与 黄山市");
        assertEquals(List.of(), browser.consoleErrors());
    }

    // helpers

    private static void assertBrokenCountyErrors(List<ErrorRow> rows) {
        assertTrue(rows.stream().allMatch(r -> r.file().equals("nearby.yaml")), rows.toString());
        assertTrue(rows.contains(new ErrorRow("nearby.yaml", "9", "unknown unit '不存在的科室'"))
                || rows.stream().anyMatch(r -> r.line().equals("9") && r.reason().contains("不存在的科室")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.line().equals("11") && r.reason().contains("尽快")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.line().equals("15") && r.reason().contains("colour")), rows.toString());
        List<Integer> lines = rows.stream().map(r -> Integer.parseInt(r.line())).toList();
        assertEquals(lines.stream().sorted().toList(), lines, "ordered by line");
    }

    private static List<ErrorRow> errorRows(WebElement table) {
        List<ErrorRow> rows = new ArrayList<>();
        for (WebElement tr : table.findElements(By.cssSelector(":scope > tbody > tr"))) {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            rows.add(new ErrorRow(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText()));
        }
        return rows;
    }

    /** Drops a file on the drop zone as a drag from the desktop does (a DataTransfer with the file). */
    private static void drop(Browser browser, Path file, String name) throws Exception {
        String base64 = file == null ? Base64.getEncoder().encodeToString("不是 jar".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        browser.script("const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                + "const transfer = new DataTransfer();"
                + "transfer.items.add(new File([bytes], arguments[1], { type: 'application/java-archive' }));"
                + "const zone = document.querySelector('[data-testid=dropzone]');"
                + "zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));"
                + "zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));",
                base64, name);
        browser.settle();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (Boolean.TRUE.equals(condition.call())) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
