package io.renshe.catalog.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.OptionUtils.combine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.OverlayService;

/**
 * Spreadsheets over HTTP (issue 9, point 6): a Yeji list exported as xlsx, two cells edited with Apache POI, imported
 * with a dry run and then for real — exactly those two rows change, their history entries share the reason — and an
 * unchanged re-import writes nothing; then the refusals: no sign-in, another office, no or a stale If-Match, a GBK
 * CSV read as GBK, a zip bomb, a file past the size limit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SheetsIT extends PlatformTestSupport {

    private static final String LIST = "/api/jurisdictions/341504/lists/village-platform";
    private static final String IMPORT = LIST + "/import";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, String> AS_YEJI = Map.of("Authorization", basic(YEJI, YEJI_PASSWORD));
    /** 004 附件1 row 2, 责任事项 as the document prints it; the edit changes the town's duty. */
    private static final String DUTIES_ROW_2 = "1．区级：对乡镇街、村社通过社会保险村级服务平台上传的资格认证信息及时进行审核。\n"
            + "2．乡镇街：对到乡镇街开展资格认证的退休职工，协助开展资格认证工作。\n"
            + "3．村社：对到村社开展资格认证的退休职工，协助开展资格认证工作。";
    private static final String NEW_TOWN_DUTY = "受理到乡镇街开展资格认证的退休职工的认证申请，及时上传认证信息。";

    @Inject
    protected OverlayService overlays;

    /** Apache POI and the zip library it imports, installed in the container for the test to edit a workbook. */
    @Override
    @Configuration
    public Option[] config() {
        List<Option> poi = new ArrayList<>();
        for (String jar : System.getProperty("renshe.test.poi.bundles").split(",")) {
            poi.add(CoreOptions.bundle(new File(jar.strip()).toURI().toString()));
        }
        return combine(super.config(), poi.toArray(new Option[0]));
    }

    @Before
    public void yejiIsActive() throws Exception {
        installFeature("renshe-yeji-district");
        await("叶集区 active", () -> "active".equals(json(get("/api/jurisdictions/341504")).path("status").asText()));
    }

    /** An answer with its body as bytes. */
    record Download(int status, String contentType, byte[] body, Map<String, List<String>> headers) {
        String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }
    }

    private Download download(String path, String accept) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + httpPort() + path).toURL()
                .openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        if (accept != null) {
            connection.setRequestProperty("Accept", accept);
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return new Download(status, connection.getContentType(), in == null ? new byte[0] : in.readAllBytes(),
                    connection.getHeaderFields());
        }
    }

    private Answer importFile(String query, String contentType, byte[] file, Map<String, String> headers)
            throws IOException {
        return request("POST", IMPORT + query, contentType, file, "application/json", headers);
    }

    private static Map<String, String> asYeji(String ifMatch) {
        return Map.of("Authorization", basic(YEJI, YEJI_PASSWORD), "If-Match", ifMatch);
    }

    @Test
    public void anXlsxExportedEditedAndImportedChangesExactlyTheEditedRows() throws Exception {
        await("the import is served", () -> importFile("?dryRun=true", "text/csv", new byte[] {'x'}, AS_YEJI)
                .status() != 404);
        Answer listed = get(LIST);
        assertEquals(200, listed.status());
        String etag = listed.header("ETag");
        assertNotNull("the JSON list has an ETag", etag);
        JsonNode before = json(listed).path("entries");
        assertEquals(18, before.size());

        // export: the same ETag, the Chinese file name, the document's headings
        Download exported = download(LIST + "?format=xlsx", null);
        assertEquals(200, exported.status());
        assertEquals(XLSX, exported.contentType());
        assertEquals(etag, exported.header("ETag"));
        assertTrue(exported.header("Content-Disposition"), exported.header("Content-Disposition").startsWith(
                "attachment; filename=\"341504-village-platform.xlsx\"; filename*=UTF-8''%E5%8F%B6%E9%9B%86%E5%8C%BA-"));

        // two cells edited with Apache POI, as an office would in Excel
        byte[] edited;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported.body()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals(List.of("序号", "事项名称", "责任事项", "部门"), List.of(header.getCell(0).getStringCellValue(),
                    header.getCell(1).getStringCellValue(), header.getCell(2).getStringCellValue(),
                    header.getCell(3).getStringCellValue()));
            Row second = sheet.getRow(2);
            assertEquals(2.0, second.getCell(0).getNumericCellValue(), 0);
            assertEquals(DUTIES_ROW_2, second.getCell(2).getStringCellValue());
            second.getCell(2).setCellValue(DUTIES_ROW_2.replace("对到乡镇街开展资格认证的退休职工，协助开展资格认证工作。", NEW_TOWN_DUTY));
            Row seventeenth = sheet.getRow(17);
            assertEquals("社会保障卡密码修改", seventeenth.getCell(1).getStringCellValue());
            seventeenth.getCell(1).setCellValue("社会保障卡密码修改与重置");
            workbook.write(out);
            edited = out.toByteArray();
        }

        // a dry run: what would change, nothing written
        Answer dry = importFile("?dryRun=true", XLSX, edited, AS_YEJI);
        assertEquals(dry.body(), 200, dry.status());
        JsonNode plan = json(dry);
        assertTrue(plan.path("dryRun").asBoolean());
        assertEquals("xlsx", plan.path("format").asText());
        assertEquals(2, plan.path("changed").asInt());
        assertEquals(16, plan.path("unchanged").asInt());
        assertEquals(0, plan.path("added").asInt());
        assertEquals(0, plan.path("hidden").asInt());
        List<String> changedRows = new ArrayList<>();
        for (JsonNode row : plan.path("rows")) {
            if ("changed".equals(row.path("action").asText())) {
                changedRows.add(row.path("row").asInt() + " " + row.path("seq").asText() + " " + row.path("fields")
                        + " " + row.path("columns"));
            }
        }
        assertEquals(List.of("3 2 [\"levels\"] [\"责任事项\"]", "18 17 [\"name\"] [\"事项名称\"]"), changedRows);
        assertEquals(0, plan.path("changes").size());
        assertEquals(etag, get(LIST).header("ETag"));
        int historyBefore = overlays.changes("341504", null, OverlayService.MAX_CHANGES).size();

        // for real: one change per changed row, one reason
        String reason = "乡镇街受理资格认证；卡密码事项按省名称";
        Answer imported = importFile("?dryRun=false&reason=" + encode(reason), XLSX, edited, asYeji(etag));
        assertEquals(imported.body(), 200, imported.status());
        JsonNode done = json(imported);
        assertEquals(2, done.path("changes").size());
        String newEtag = imported.header("ETag");
        assertEquals("\"" + done.path("version").asText() + "\"", newEtag);
        Answer after = get(LIST);
        assertEquals(newEtag, after.header("ETag"));
        JsonNode entries = json(after).path("entries");
        for (int i = 0; i < 18; i++) {
            String seq = entries.get(i).path("seq").asText();
            if (seq.equals("2")) {
                assertEquals(NEW_TOWN_DUTY, duty(entries.get(i), "town"));
                assertEquals("accept", role(entries.get(i), "town"));
                assertEquals(duty(before.get(i), "district"), duty(entries.get(i), "district"));
            } else if (seq.equals("17")) {
                assertEquals("社会保障卡密码修改与重置", entries.get(i).path("name").asText());
            } else {
                assertEquals("row " + seq + " is as it was", before.get(i), entries.get(i));
            }
        }
        List<Change> history = overlays.changes("341504", null, OverlayService.MAX_CHANGES);
        assertEquals(historyBefore + 2, history.size());
        Change first = history.get(1);
        Change second = history.get(0);
        assertEquals(List.of("2", "17"), List.of(first.target(), second.target()));
        assertEquals(reason, first.reason());
        assertEquals(reason, second.reason());
        assertEquals(first.batch(), second.batch());
        assertEquals(YEJI, second.by());
        assertEquals(List.of(first.id(), second.id()), List.of(done.path("changes").get(0).asLong(),
                done.path("changes").get(1).asLong()));

        // the same file again, and a new export of the list: unchanged, nothing written
        for (byte[] again : List.of(edited, download(LIST + "?format=xlsx", null).body())) {
            Answer unchanged = importFile("?dryRun=false&reason=" + encode("再次导入"), XLSX, again, asYeji(newEtag));
            assertEquals(unchanged.body(), 200, unchanged.status());
            assertEquals(18, json(unchanged).path("unchanged").asInt());
            assertEquals(0, json(unchanged).path("changes").size());
            assertEquals(newEtag, get(LIST).header("ETag"));
        }
        assertEquals(historyBefore + 2, overlays.changes("341504", null, OverlayService.MAX_CHANGES).size());

        // the changed rows show in a new export: the platform's read-only column and the change's number
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(LIST + "?format=xlsx", null)
                .body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("本地调整", sheet.getRow(0).getCell(4).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(4).getStringCellValue().startsWith("第" + first.id() + "号调整（" + YEJI));
            assertTrue(sheet.getRow(2).getCell(4).getStringCellValue().endsWith("）：" + reason));
            assertTrue(sheet.getRow(1).getCell(4) == null || sheet.getRow(1).getCell(4).getStringCellValue().isEmpty());
        }

        // a stale If-Match: 409 with the current version, nothing written
        Answer stale = importFile("?dryRun=false&reason=x", XLSX, edited, asYeji(etag));
        assertEquals(409, stale.status());
        assertEquals(newEtag, stale.header("ETag"));
    }

    private static String duty(JsonNode entry, String level) {
        for (JsonNode duty : entry.path("levels")) {
            if (level.equals(duty.path("level").asText())) {
                return duty.path("duty").asText();
            }
        }
        return null;
    }

    private static String role(JsonNode entry, String level) {
        for (JsonNode duty : entry.path("levels")) {
            if (level.equals(duty.path("level").asText())) {
                return duty.path("role").asText(null);
            }
        }
        return null;
    }

    /** 经办部门,序号,业务种类,事项名称 / 信息中心,24,业务办理类,社会保障卡申领 in GBK, as Chinese Excel saves a CSV. */
    private static final byte[] GBK_CSV = HexFormat.of().parseHex(
            "BEADB0ECB2BFC3C52CD0F2BAC52CD2B5CEF1D6D6C0E02CCAC2CFEEC3FBB3C60D0A"
                    + "D0C5CFA2D6D0D0C42C32342CD2B5CEF1B0ECC0EDC0E02CC9E7BBE1B1A3D5CFBFA8C9EAC1EC0D0A");

    @Test
    public void whoMayImportAndWhatIsRefused() throws Exception {
        await("the import is served", () -> importFile("?dryRun=true", "text/csv", new byte[] {'x'}, AS_YEJI)
                .status() != 404);
        Download csv = download(LIST + "?format=csv", null);
        assertEquals("text/csv;charset=UTF-8", csv.contentType());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv.body(), 3));
        assertEquals("application/json;charset=utf-8", download(LIST, "*/*").contentType().toLowerCase());
        assertEquals(400, download(LIST + "?format=pdf", null).status());

        assertEquals(401, importFile("?dryRun=true", "text/csv", csv.body(), Map.of()).status());
        Answer otherOffice = importFile("?dryRun=true", "text/csv", csv.body(),
                Map.of("Authorization", basic(HUANGSHAN, HUANGSHAN_PASSWORD)));
        assertEquals(403, otherOffice.status());
        assertEquals(428, importFile("?dryRun=false&reason=x", "text/csv", csv.body(), AS_YEJI).status());
        assertEquals("reason", json(importFile("?dryRun=false", "text/csv", csv.body(),
                asYeji(csv.header("ETag")))).path("parameter").asText());

        // a GBK CSV is read as GBK: its one row is unchanged; the rows it leaves out would be hidden
        Answer gbk = importFile("?dryRun=true", "text/csv", GBK_CSV, AS_YEJI);
        // the file is the second batch list's, not the village platform's: its headings are refused by name
        assertEquals(422, gbk.status());
        // (经办部门 is read as the list's 部门, the units; 业务种类 has no column in this list)
        assertTrue(gbk.body(), json(gbk).path("errors").get(0).path("detail").asText()
                .startsWith("unknown column '业务种类'"));
        assertEquals("业务种类", json(gbk).path("errors").get(0).path("column").asText());
        Answer second = request("POST", "/api/jurisdictions/341504/lists/second-batch/import?dryRun=true", "text/csv",
                GBK_CSV, "application/json", AS_YEJI);
        assertEquals(second.body(), 200, second.status());
        assertEquals("GBK", json(second).path("encoding").asText());
        assertEquals(1, json(second).path("unchanged").asInt());
        assertEquals(25, json(second).path("hidden").asInt());

        // a row error names its row and column
        String broken = new String(csv.body(), StandardCharsets.UTF_8).replace("养老中心", "无此部门");
        Answer invalid = importFile("?dryRun=true", "text/csv", broken.getBytes(StandardCharsets.UTF_8), AS_YEJI);
        assertEquals(invalid.body(), 422, invalid.status());
        JsonNode error = json(invalid).path("errors").get(0);
        assertEquals(3, error.path("row").asInt());
        assertEquals("部门", error.path("column").asText());

        // a zip bomb: refused naming the limit within a second
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 24; i++) {
                zip.write(zeros);
            }
        }
        long start = System.nanoTime();
        Answer refused = importFile("?dryRun=true", XLSX, bomb.toByteArray(), AS_YEJI);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(refused.body(), 422, refused.status());
        assertTrue(refused.body(), json(refused).path("detail").asText().endsWith("(max.compression.ratio)"));
        assertTrue("refused in " + millis + " ms", millis < 1000);

        // past the size limit: 413
        Answer large = importFile("?dryRun=true", "text/csv", new byte[5 * 1024 * 1024 + 1], AS_YEJI);
        assertEquals(413, large.status());
        assertTrue(json(large).path("detail").asText().endsWith("(max.bytes)"));
    }
}
