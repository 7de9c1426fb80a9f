package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The local offices' journeys in the console (docs/offices.md, docs/spreadsheets.md): 叶集区's office changes an entry
 * of its village-platform list (004, 村级服务平台服务事项责任清单), sees the change in the history and reverts it; a
 * change made meanwhile by someone else is a conflict that shows what changed; an invalid entry is refused with the
 * errors at their fields; 六安市's office, a second office, is refused 黄山市; 黄山市's office changes its 就近办 list
 * (000) through a CSV file, row errors first. Each journey works on entries of its own.
 */
@ExtendWith(PlatformExtension.class)
class OfficeJourneyIT {

    private static final String YEJI_LIST = "/api/jurisdictions/341504/lists/village-platform";
    private static final String HUANGSHAN_NEARBY = "/api/jurisdictions/341000/lists/nearby";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Pattern status(int status) {
        return Pattern.compile("the server responded with a status of " + status);
    }

    @Test
    void anOfficeChangesAYejiEntrySeesItInTheHistoryAndRevertsIt(Platform platform, Browser browser) throws Exception {
        String reason = "村级平台开通线上办理，三日内激活";
        browser.signIn(Distribution.YEJI);
        browser.awaitRoute("/office");
        assertEquals("本级清单管理", browser.find("main h1").getText());
        assertEquals(List.of("经办"), browser.texts("#nav-office"));
        assertEquals(List.of(), browser.texts("#nav-admin"));
        browser.find("main a[href='#/office/341504/lists/village-platform']").click();
        browser.awaitRoute("/office/341504/lists/village-platform");

        browser.find("#entry-15 button.edit").click();
        assertEquals("社会保障卡启用", browser.find("#e-name").getAttribute("value"));
        browser.find("#e-ch-online").click();
        browser.find("#e-limit").sendKeys("3个工作日");
        browser.find("#e-reason").sendKeys(reason);
        browser.find("#entry-form button[type='submit']").click();
        String saved = browser.find("#saved-message").getText();
        assertTrue(saved.startsWith("第 15 项已修改。"), saved);
        String row = browser.find("#entry-15").getText();
        assertTrue(row.contains("线上办") && row.contains("3个工作日") && row.contains(reason), row);

        JsonNode entry = entry(platform, YEJI_LIST, "15");
        assertEquals("[\"village\",\"online\"]", entry.path("channels").toString());
        assertEquals("3个工作日", entry.path("limit").path("text").asText());
        long id = entry.path("provenance").path("overlay").asLong();
        assertTrue(saved.contains("第 " + id + " 号"), saved);
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("office-list-changed");

        browser.find("#saved-message a").click();
        browser.awaitRoute("/office/341504/changes");
        WebElement change = browser.find("#change-" + id);
        String text = change.getText();
        assertTrue(text.contains("第 " + id + " 号：修改事项") && text.contains("yeji-office") && text.contains(reason)
                && text.contains("第 15 项"), text);
        Map<String, List<String>> diff = diffRows(change);
        assertEquals(List.of("村级服务平台", "村级服务平台、线上办"), diff.get("办理渠道"), diff.toString());
        assertEquals(List.of("（无）", "3个工作日"), diff.get("办结时限"), diff.toString());
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("office-history");

        change.findElement(By.cssSelector("button.revert")).click();
        browser.find("#revert-reason-" + id).sendKeys("撤销：线上办理尚未开通");
        browser.find("#change-" + id + " button.confirm-revert").click();
        String done = browser.find("#revert-done").getText();
        assertTrue(done.startsWith("第 " + id + " 号修改已撤销"), done);
        JsonNode history = JSON.readTree(platform.get("/api/jurisdictions/341504/changes").body());
        JsonNode revert = history.get(0);
        assertEquals(id, revert.path("reverts").asLong(), history.toString());
        assertEquals("撤销：线上办理尚未开通", revert.path("reason").asText());
        assertTrue(browser.find("#change-" + revert.path("id").asLong()).getText().contains("撤销了第 " + id + " 号修改"));

        JsonNode reverted = entry(platform, YEJI_LIST, "15");
        assertEquals("[\"village\"]", reverted.path("channels").toString());
        assertTrue(reverted.path("limit").isMissingNode() || reverted.path("limit").isNull(), reverted.toString());
        browser.go("/office/341504/lists/village-platform");
        assertFalse(browser.find("#entry-15").getText().contains("线上办"), browser.find("#entry-15").getText());
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();
    }

    @Test
    void aChangeMadeMeanwhileIsAConflictThatShowsWhatChanged(Platform platform, Browser browser) throws Exception {
        browser.signIn(Distribution.YEJI);
        browser.open("/office/341504/lists/village-platform");
        browser.find("#entry-16 button.edit").click();
        browser.find("#e-remarks").sendKeys("我的备注");
        browser.find("#e-reason").sendKeys("补充备注");

        // meanwhile a colleague changes the same entry
        HttpResponse<String> list = platform.get(YEJI_LIST);
        String etag = list.headers().firstValue("ETag").orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "社会保障卡挂失和解挂");
        body.put("units", List.of("信息中心"));
        body.put("channels", List.of("village"));
        String duty = "受理持卡人挂失和解挂申请，信息无误，在系统及时为其挂失和解挂。";
        body.put("levels", Map.of("district", Map.of("duty", duty, "role", "accept"),
                "town", Map.of("duty", duty, "role", "accept"), "village", Map.of("duty", duty, "role", "accept")));
        body.put("remarks", "携带社保卡");
        body.put("reason", "同事补充备注");
        HttpResponse<String> colleague = platform.send(Distribution.YEJI, "PUT", YEJI_LIST + "/entries/16",
                JSON.writeValueAsString(body), "If-Match", etag);
        assertEquals(200, colleague.statusCode(), colleague.body());

        browser.find("#entry-form button[type='submit']").click();
        WebElement conflict = browser.find("#entry-form .conflict");
        String text = conflict.getText();
        assertTrue(text.contains("这一项已被他人修改") && text.contains("同事补充备注") && text.contains("yeji-office"), text);
        assertEquals(List.of("", "携带社保卡"), diffRows(conflict).get("备注"), text);
        assertTrue(browser.find("#entry-form .problem-title").getText().contains("内容已被他人修改"));
        assertEquals(List.of(), browser.unexpectedConsoleErrors(status(409)));
        browser.script("arguments[0].scrollIntoView();", browser.find("#entry-form"));
        browser.screenshot("office-conflict");

        browser.find("#conflict-reload").click();
        new WebDriverWait(browser.driver(), Browser.WAIT)
                .until(d -> "携带社保卡".equals(browser.find("#e-remarks").getAttribute("value")));
        assertEquals("", browser.find("#e-reason").getAttribute("value"));
        browser.find("#e-remarks").sendKeys("和身份证");
        browser.find("#e-reason").sendKeys("补充备注");
        browser.find("#entry-form button[type='submit']").click();
        assertTrue(browser.find("#saved-message").getText().startsWith("第 16 项已修改。"));
        assertEquals("携带社保卡和身份证", entry(platform, YEJI_LIST, "16").path("remarks").asText());
        assertEquals(List.of(), browser.consoleErrors());

        // the colleague's change cannot be reverted while a later change of the same entry stands: said in words
        long colleagues = -1;
        for (JsonNode change : JSON.readTree(platform.get("/api/jurisdictions/341504/changes").body())) {
            if (change.path("reason").asText().equals("同事补充备注")) {
                colleagues = change.path("id").asLong();
            }
        }
        browser.go("/office/341504/changes");
        browser.find("#change-" + colleagues + " button.revert").click();
        browser.find("#revert-reason-" + colleagues).sendKeys("撤销同事的备注");
        browser.find("#change-" + colleagues + " button.confirm-revert").click();
        assertTrue(browser.find("#change-" + colleagues + " .revert-form .field-error").getText().startsWith("同一项在这次修改之后又被修改过"));
        assertEquals(List.of(), browser.unexpectedConsoleErrors(status(409)));
        assertEquals("携带社保卡和身份证", entry(platform, YEJI_LIST, "16").path("remarks").asText());
        browser.signOut();
    }

    @Test
    void anInvalidEntryShowsEveryErrorAtItsFieldAndWritesNothing(Platform platform, Browser browser) throws Exception {
        browser.signIn(Distribution.YEJI);
        browser.open("/office/341504/lists/village-platform");
        browser.find("#entry-17 button.edit").click();
        browser.find("#entry-form button[type='submit']").click();
        assertEquals("请填写修改原因。", browser.find("#e-reason-error").getText());
        assertEquals("true", browser.find("#e-reason").getAttribute("aria-invalid"));

        browser.find("#e-limit").sendKeys("尽快");
        browser.find("#e-units").sendKeys("、没有的中心");
        browser.find("#e-reason").sendKeys("错误的修改");
        browser.find("#entry-form button[type='submit']").click();
        assertEquals("内容没有通过检查", browser.find("#entry-form .problem-title").getText());
        assertTrue(browser.find("#e-limit-error").getText().contains("尽快"), browser.find("#e-limit-error").getText());
        assertTrue(browser.find("#e-units-error").getText().contains("没有的中心"), browser.find("#e-units-error").getText());
        assertEquals("true", browser.find("#e-limit").getAttribute("aria-invalid"));
        assertEquals("e-units-error", browser.find("#e-units").getAttribute("aria-describedby"));
        assertEquals(List.of(), browser.unexpectedConsoleErrors(status(422)));
        browser.screenshot("office-invalid");

        JsonNode entry = entry(platform, YEJI_LIST, "17");
        assertEquals("[\"信息中心\"]", entry.path("units").toString());
        assertTrue(entry.path("provenance").path("overlay").isMissingNode(), entry.toString());
        browser.signOut();
    }

    @Test
    void aSecondOfficeSeesA403ForHuangshan(Platform platform, Browser browser) throws Exception {
        browser.signIn(Distribution.LU_AN);
        browser.awaitRoute("/office");
        new WebDriverWait(browser.driver(), Browser.WAIT).until(d -> browser.texts("main h2").contains("六安市 341500"));
        List<String> offices = browser.texts("main h2");
        assertTrue(offices.contains("六安市 341500") && offices.contains("叶集区 341504"), offices.toString());
        assertFalse(offices.stream().anyMatch(o -> o.contains("341000")), offices.toString());

        browser.open("/office/341000/lists/nearby");
        browser.find("#entry-1 button.edit").click();
        browser.find("#e-remarks").sendKeys("六安改黄山");
        browser.find("#e-reason").sendKeys("越权修改");
        browser.find("#entry-form button[type='submit']").click();
        WebElement problem = browser.find("#entry-form .problem");
        assertEquals("没有权限", problem.findElement(By.cssSelector(".problem-title")).getText());
        assertTrue(problem.getText().contains("您的账号没有权限进行这项操作"), problem.getText());
        assertEquals(List.of(), browser.unexpectedConsoleErrors(status(403)));
        browser.screenshot("office-forbidden");
        assertFalse(platform.get(HUANGSHAN_NEARBY).body().contains("六安改黄山"));
        browser.signOut();
    }

    @Test
    void anOfficeImportsASpreadsheetAfterADryRunWithRowErrorsInPlace(Platform platform, Browser browser) throws Exception {
        browser.signIn(Distribution.HUANGSHAN);
        browser.open("/office/341000/lists/nearby");
        assertEquals(HUANGSHAN_NEARBY + "?format=csv", browser.find("#export-csv").getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        assertEquals(HUANGSHAN_NEARBY + "?format=xlsx", browser.find("#export-xlsx").getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        HttpResponse<String> csv = platform.get(HUANGSHAN_NEARBY + "?format=csv");
        assertEquals(200, csv.statusCode());
        List<String> lines = new ArrayList<>(List.of(csv.body().split("\r\n", -1)));
        assertEquals(List.of("序号", "事项名称", "职能单位", "合作银行网点办", "社区窗口办", "线上办"),
                List.of(lines.get(0).replace("\uFEFF", "").split(",", -1)));
        // row 5 (城乡居民养老保险待遇测算): at bank outlets and community windows, not online
        int index = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("5,")) {
                index = i;
            }
        }
        String[] cells = lines.get(index).split(",", -1);
        assertEquals(List.of("5", "城乡居民养老保险待遇测算", "农村社会保险科、各区县城乡居保经办机构", "√", "√", ""), List.of(cells));

        // a tick that is no tick: an error of its row and column, nothing written
        cells[4] = "x";
        Path broken = write(lines, index, cells, "nearby-broken.csv");
        browser.find("#sheet-file").sendKeys(broken.toString());
        browser.find("#sheet-check").click();
        WebElement errors = browser.find(".sheet-errors");
        List<WebElement> rows = errors.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size(), errors.getText());
        assertEquals(Integer.toString(index + 1), rows.get(0).findElement(By.cssSelector("td.row")).getText());
        assertEquals("社区窗口办", rows.get(0).findElement(By.cssSelector("td.column")).getText());
        assertEquals(List.of(), browser.unexpectedConsoleErrors(status(422)));
        browser.script("arguments[0].scrollIntoView();", browser.find("#sheet-heading"));
        browser.screenshot("office-import-errors");

        // online ticked: the dry run says what would change, then the import writes it
        cells[4] = "√";
        cells[5] = "√";
        Path edited = write(lines, index, cells, "nearby-edited.csv");
        browser.find("#sheet-file").sendKeys(edited.toString());
        browser.find("#sheet-check").click();
        String plan = browser.find(".sheet-result .success").getText();
        assertTrue(plan.contains("修改 1 项"), plan);
        List<String> planned = browser.texts("table.plan tbody tr");
        assertEquals(1, planned.size(), planned.toString());
        assertTrue(planned.get(0).contains("城乡居民养老保险待遇测算") && planned.get(0).contains("线上办"), planned.toString());
        assertFalse(entry(platform, HUANGSHAN_NEARBY, "5").path("channels").toString().contains("online"), "a dry run writes nothing");
        browser.find("#sheet-reason").sendKeys("待遇测算开通线上办理");
        browser.find("#sheet-import").click();
        String done = browser.find(".sheet-result p.done").getText();
        assertTrue(done.startsWith("导入完成，共记录 1 次修改。"), done);
        assertEquals("[\"bank\",\"community\",\"online\"]", entry(platform, HUANGSHAN_NEARBY, "5").path("channels").toString());
        JsonNode latest = JSON.readTree(platform.get("/api/jurisdictions/341000/changes?limit=1").body()).get(0);
        assertEquals("待遇测算开通线上办理", latest.path("reason").asText());
        assertEquals("huangshan-office", latest.path("by").asText());
        assertEquals(List.of(), browser.consoleErrors());
        browser.signOut();
    }

    // helpers

    private static JsonNode entry(Platform platform, String list, String seq) throws Exception {
        for (JsonNode entry : JSON.readTree(platform.get(list).body()).path("entries")) {
            if (entry.path("seq").asText().equals(seq)) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + seq + " in " + list);
    }

    /** The rows of a before/after table: field → [before, after]. */
    private static Map<String, List<String>> diffRows(WebElement container) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (WebElement tr : container.findElements(By.cssSelector("table.diff tbody tr"))) {
            rows.put(tr.findElement(By.tagName("th")).getText(),
                    tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    private static Path write(List<String> lines, int index, String[] cells, String name) throws Exception {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, String.join(",", cells));
        Path file = Path.of(System.getProperty("renshe.work")).resolve(name);
        Files.writeString(file, String.join("\r\n", copy), StandardCharsets.UTF_8);
        return file;
    }

}
