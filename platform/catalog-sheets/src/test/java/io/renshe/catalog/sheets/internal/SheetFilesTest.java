package io.renshe.catalog.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;
import io.renshe.catalog.sheets.internal.SheetImport.Action;
import io.renshe.catalog.sheets.internal.SheetImport.Plan;

/**
 * The files themselves: CSV as Excel writes and reads it (byte order mark, RFC 4180, GBK), xlsx written by Apache POI
 * as an independent implementation, and the limits against hostile files.
 */
class SheetFilesTest {

    private static final SheetLimits LIMITS = SheetLimits.defaults();

    @Test
    void theDefaultLimits() {
        assertEquals(new SheetLimits(5 * 1024 * 1024, 2000, 50, 4000, 200, 32L * 1024 * 1024, 100), LIMITS);
    }

    // CSV

    @Test
    void csvIsUtf8WithAByteOrderMarkAndRfc4180() {
        byte[] csv = CsvFiles.write(List.of(List.of("序号", "事项名称", "备注"), List.of("1", "a,b", "说\"明\"\n第二行"),
                List.of("2", "=1+1", "")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("序号,事项名称,备注\r\n1,\"a,b\",\"说\"\"明\"\"\n第二行\"\r\n2,'=1+1,\r\n",
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        SheetTable table = CsvFiles.read(csv, LIMITS);
        assertEquals("UTF-8", table.encoding());
        assertEquals(List.of("序号", "事项名称", "备注"), table.header());
        assertEquals(List.of("1", "a,b", "说\"明\"\n第二行"), table.rows().get(0).cells());
        assertEquals(List.of("2", "=1+1", ""), table.rows().get(1).cells(), "the apostrophe against CSV injection is taken off");
        assertEquals(3, table.rows().get(1).number(), "a quoted line break stays in its row");
    }

    @Test
    void csvWithoutByteOrderMarkIsReadAsUtf8() {
        SheetTable table = CsvFiles.read("序号,事项名称\n\n1,社会保障卡申领\n".getBytes(StandardCharsets.UTF_8), LIMITS);
        assertEquals("UTF-8", table.encoding());
        assertEquals(1, table.rows().size());
        assertEquals(3, table.rows().get(0).number(), "an empty line is a row, as Excel shows it");
    }

    /** 经办部门,序号,业务种类,事项名称 / 信息中心,24,业务办理类,社会保障卡申领 in GBK (code page 936), as Excel saves it. */
    private static final byte[] GBK_SECOND_BATCH = HexFormat.of().parseHex(
            "BEADB0ECB2BFC3C52CD0F2BAC52CD2B5CEF1D6D6C0E02CCAC2CFEEC3FBB3C60D0A"
                    + "D0C5CFA2D6D0D0C42C32342CD2B5CEF1B0ECC0EDC0E02CC9E7BBE1B1A3D5CFBFA8C9EAC1EC0D0A");

    @Test
    void aGbkCsvAsChineseExcelSavesItIsReadCorrectly() {
        assertArrayEquals(new byte[] {(byte) 0xD0, (byte) 0xF2, (byte) 0xBA, (byte) 0xC5},
                Arrays.copyOfRange(GBK_SECOND_BATCH, 9, 13), "序号 in GB2312/GBK");
        SheetTable table = Sheets.read(GBK_SECOND_BATCH, LIMITS);
        assertEquals("GBK", table.encoding());
        assertEquals(List.of("经办部门", "序号", "业务种类", "事项名称"), table.header());
        assertEquals(List.of("信息中心", "24", "业务办理类", "社会保障卡申领"), table.rows().get(0).cells());
        Plan plan = SheetImport.plan(ListLayout.of(Localities.list(Localities.YEJI, "second-batch")), table);
        assertEquals(List.of(), plan.errors());
        assertEquals(1, plan.count(Action.UNCHANGED));
        assertEquals(25, plan.count(Action.HIDDEN), "the file is the whole list: rows it leaves out are hidden");
    }

    @Test
    void aWholeListSavedAsGbkReadsBackUnchanged() {
        ItemList list = Localities.list(Localities.YEJI, "village-platform");
        ListLayout layout = ListLayout.of(list);
        byte[] utf8 = Sheets.csv(layout, Map.of());
        byte[] gbk = new String(utf8, 3, utf8.length - 3, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        SheetTable table = Sheets.read(gbk, LIMITS);
        assertEquals("GBK", table.encoding());
        assertEquals(18, SheetImport.plan(layout, table).count(Action.UNCHANGED));
    }

    @Test
    void anotherEncodingIsRefusedNamingIt() {
        byte[] bytes = "序号,事项名称\n1,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 2);
        bad[bytes.length] = (byte) 0xFF;
        bad[bytes.length + 1] = (byte) 0x0A;
        Problem problem = assertThrows(Problem.class, () -> Sheets.read(bad, LIMITS));
        assertEquals(422, problem.status());
        assertTrue(problem.getMessage().startsWith("The file is neither UTF-8 nor GBK text"), problem.getMessage());
        assertTrue(problem.getMessage().contains("line 2"), problem.getMessage());
        assertEquals(2, problem.body().errors().get(0).row());

        byte[] utf16 = "\uFEFF序号,事项名称".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(assertThrows(Problem.class, () -> Sheets.read(utf16, LIMITS)).getMessage().contains("UTF-16"));

        byte[] bomButNotUtf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xD0, (byte) 0xF2};
        assertTrue(assertThrows(Problem.class, () -> Sheets.read(bomButNotUtf8, LIMITS)).getMessage()
                .startsWith("The file starts with the UTF-8 byte order mark but is not UTF-8 text"));
    }

    @Test
    void tooManyRowsColumnsOrCharacters() {
        StringBuilder csv = new StringBuilder("序号,事项名称\n");
        for (int i = 1; i <= 2001; i++) {
            csv.append(i).append(",事项").append(i).append('\n');
        }
        Problem rows = assertThrows(Problem.class, () -> CsvFiles.read(csv.toString().getBytes(StandardCharsets.UTF_8), LIMITS));
        assertEquals("The file has more than 2000 rows (max.rows)", rows.getMessage());

        String wide = "a,".repeat(50) + "a\n";
        Problem columns = assertThrows(Problem.class, () -> CsvFiles.read(wide.getBytes(StandardCharsets.UTF_8), LIMITS));
        assertEquals("Row 1 has 51 columns; a file may have 50 (max.columns)", columns.getMessage());

        String longCell = "序号,事项名称\n1," + "长".repeat(4001) + "\n";
        Problem cell = assertThrows(Problem.class, () -> CsvFiles.read(longCell.getBytes(StandardCharsets.UTF_8), LIMITS));
        assertEquals(List.of(ProblemError.inRow(2, "事项名称", "column 2 holds 4001 characters; a cell may hold 4000 "
                + "(max.cell.chars)")), cell.body().errors());
    }

    @Test
    void aBodyPastTheLimitIs413BeforeItIsRead() {
        SheetLimits small = new SheetLimits(1024, 10, 10, 10, 10, 4096, 100);
        Problem declared = assertThrows(Problem.class, () -> SheetImportResource.body(new ByteArrayInputStream(new byte[0]),
                "5000", small));
        assertEquals(413, declared.status());
        Problem sent = assertThrows(Problem.class, () -> SheetImportResource.body(new ByteArrayInputStream(new byte[1025]),
                null, small));
        assertEquals("The file is larger than 1024 bytes, the most an import takes (max.bytes)", sent.getMessage());
        assertEquals(1024, SheetImportResource.body(new ByteArrayInputStream(new byte[1024]), "1024", small).length);
    }

    // xlsx

    @Test
    void anXlsxWrittenByPoiWithSharedStringsAndNumbersIsRead() throws IOException {
        ItemList list = Localities.list(Localities.BAIYIN, "accelerated");
        List<List<String>> rows = Sheets.rows(ListLayout.of(list), Map.of());
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("提速办");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && c == 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        SheetTable table = Sheets.read(xlsx, LIMITS);
        assertEquals("xlsx", table.format());
        assertEquals(List.of("2", "1.6.10城镇职工基本养老保险关系转移接续申请", "45个工作日", "15个工作日", "社保中心"),
                table.rows().get(1).cells(), "the number 2.0 is the 序号 2");
        assertEquals(list.entries().size(), SheetImport.plan(ListLayout.of(list), table).count(Action.UNCHANGED));
    }

    @Test
    void theExportedXlsxOpensInPoiWithItsHeadingsAndTextCells() throws IOException {
        ItemList list = Localities.list(Localities.YEJI, "village-platform");
        byte[] xlsx = Sheets.xlsx(ListLayout.of(list), Map.of("15", "第7号调整"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("村级服务平台服务事项责任清单", sheet.getSheetName());
            assertEquals("序号", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("本地调整", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals(15.0, sheet.getRow(15).getCell(0).getNumericCellValue());
            assertEquals("社会保障卡启用", sheet.getRow(15).getCell(1).getStringCellValue());
            assertEquals("第7号调整", sheet.getRow(15).getCell(4).getStringCellValue());
            assertEquals("FFF2CC", sheet.getRow(15).getCell(1).getCellStyle().getFillForegroundColorColor().getARGBHex()
                    .substring(2), "a changed row is filled");
            assertEquals("@", sheet.getRow(15).getCell(2).getCellStyle().getDataFormatString(), "text cells stay text");
        }
    }

    @Test
    void aFormulaIsNeverComputed() throws IOException {
        ItemList list = Localities.list(Localities.YEJI, "second-batch");
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("推进事项");
            List<String> header = ListLayout.of(list).headers();
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("征缴中心");
            row.createCell(1).setCellValue(1);
            row.createCell(2).setCellValue("查询、打印类");
            Cell formula = row.createCell(3);
            formula.setCellFormula("A2&\"人员增减明细查询\"");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Problem problem = assertThrows(Problem.class, () -> Sheets.read(xlsx, LIMITS));
        assertEquals(422, problem.status());
        assertEquals(List.of(ProblemError.inRow(2, "事项名称", "D2 holds the formula =A2&\"人员增减明细查询\": the platform "
                + "never computes formulas; replace it by its value (copy, then paste values)")), problem.body().errors());
    }

    /** An archive with a sheet of that many MiB of zeros, which deflate about a thousand times. */
    private static byte[] zeros(int mebibytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < mebibytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipBombIsRefusedWithinASecond() throws IOException {
        byte[] large = zeros(64);
        assertTrue(large.length < LIMITS.maxBytes(), "64 MiB of zeros in " + large.length + " bytes: under the body limit");
        byte[] ratio = zeros(24);
        for (byte[] bomb : List.of(large, ratio)) {
            long start = System.nanoTime();
            Problem problem = assertThrows(Problem.class, () -> Sheets.read(bomb, LIMITS));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(422, problem.status());
            assertTrue(millis < 1000, "refused in " + millis + " ms");
        }
        assertEquals("The xlsx file inflates to more than 33554432 bytes (at xl/worksheets/sheet1.xml; "
                + "max.inflated.bytes)", assertThrows(Problem.class, () -> Sheets.read(large, LIMITS)).getMessage());
        String refused = assertThrows(Problem.class, () -> Sheets.read(ratio, LIMITS)).getMessage();
        assertTrue(refused.startsWith("The xlsx file's xl/worksheets/sheet1.xml inflates more than 100 times its "
                + "compressed size"), refused);
        assertTrue(refused.endsWith("a zip bomb? (max.compression.ratio)"), refused);
    }

    @Test
    void anArchiveThatInflatesPastTheTotalOrHoldsTooManyFilesIsRefused() throws IOException {
        byte[] noise = new byte[300 * 1024];
        new Random(9).nextBytes(noise);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 4; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/image" + i + ".bin"));
                zip.write(noise);
            }
        }
        SheetLimits oneMegabyte = new SheetLimits(5 << 20, 2000, 50, 4000, 200, 1 << 20, 100);
        Problem total = assertThrows(Problem.class, () -> Sheets.read(bytes.toByteArray(), oneMegabyte));
        assertEquals("The xlsx file inflates to more than 1048576 bytes (at xl/media/image3.bin; max.inflated.bytes)",
                total.getMessage());

        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many)) {
            for (int i = 0; i < 201; i++) {
                zip.putNextEntry(new ZipEntry("f" + i));
            }
        }
        assertEquals("The xlsx file holds 201 files; an xlsx may hold 200 (max.zip.entries)",
                assertThrows(Problem.class, () -> Sheets.read(many.toByteArray(), LIMITS)).getMessage());
        assertEquals(201, ZipGuard.declaredEntries(many.toByteArray()));
    }

    /** The archive with one entry's text replaced ({@code null}: every XML entry's). */
    private static byte[] rewrite(byte[] xlsx, String entry, java.util.function.UnaryOperator<String> change)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipFile in = org.apache.commons.compress.archivers.zip.ZipFile
                .builder().setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(xlsx))
                .get(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : java.util.Collections.list(in.getEntries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry) || entry == null && e.getName().endsWith(".xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aWorksheetWithAnExternalEntityIsNotExpanded() throws IOException {
        ItemList list = Localities.list(Localities.YEJI, "second-batch");
        byte[] xlsx = Sheets.xlsx(ListLayout.of(list), Map.of());
        String doctype = "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/hostname\"><!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>";
        // fastexcel writes every character past ASCII as a character reference
        String card = "社会保障卡申领".chars().mapToObj(c -> "&#x" + Integer.toHexString(c) + ";")
                .collect(java.util.stream.Collectors.joining());
        byte[] hostile = rewrite(xlsx, "xl/sharedStrings.xml", xml -> {
            assertTrue(xml.contains(card), xml);
            return xml.replaceFirst("\\?>", "?>" + doctype).replace(card, "&secret;&lol2;");
        });
        // the reader neither resolves the external entity nor expands the internal ones: the file is refused
        Problem refused = assertThrows(Problem.class, () -> Sheets.read(hostile, LIMITS));
        assertTrue(refused.getMessage().startsWith("The file is not a readable xlsx workbook"), refused.getMessage());
        assertTrue(refused.getMessage().contains("&secret;"), refused.getMessage());
        assertFalse(refused.getMessage().contains("lollol"), refused.getMessage());
    }

    @Test
    void anArchiveHoldingANameTwiceIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip =
                new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bytes)) {
            for (String content : List.of("<a/>", "<b/>")) {
                zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("xl/workbook.xml"));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        assertEquals("The xlsx file holds xl/workbook.xml twice",
                assertThrows(Problem.class, () -> Sheets.read(bytes.toByteArray(), LIMITS)).getMessage());
    }

    @Test
    void oldOrBrokenWorkbooksAreRefused() {
        byte[] xls = HexFormat.of().parseHex("D0CF11E0A1B11AE1000000000000");
        assertTrue(assertThrows(Problem.class, () -> Sheets.read(xls, LIMITS)).getMessage()
                .startsWith("The file is an Excel 97-2003 workbook (.xls) or a password-protected workbook"));
        byte[] truncated = {'P', 'K', 3, 4, 0, 0};
        assertTrue(assertThrows(Problem.class, () -> Sheets.read(truncated, LIMITS)).getMessage()
                .startsWith("The file is not a readable xlsx (zip) file"));
        assertEquals(400, assertThrows(Problem.class, () -> Sheets.read(new byte[0], LIMITS)).status());
    }

    // downloads

    @Test
    void theFileNameIsChineseInRfc5987WithAnAsciiFallback() {
        ItemList list = Localities.list(Localities.YEJI, "village-platform");
        String name = Sheets.fileName("叶集区", list, Sheets.Format.XLSX);
        assertEquals("叶集区-六安市叶集区社会保险村级服务平台服务事项责任清单.xlsx", name);
        assertEquals("attachment; filename=\"341504-village-platform.xlsx\"; filename*=UTF-8''%E5%8F%B6%E9%9B%86.xlsx",
                Sheets.contentDisposition("341504-village-platform.xlsx", "叶集.xlsx"));
        assertEquals("“就近办”清单", Localities.list(Localities.HUANGSHAN, "nearby").title());
        assertEquals("黄山市-“就近办”清单.csv", Sheets.fileName("黄山市", Localities.list(Localities.HUANGSHAN, "nearby"),
                Sheets.Format.CSV));
        assertEquals("a%20b%22%25", Sheets.percentEncode("a b\"%"));
    }

    @Test
    void theFormatParameterOrTheAcceptHeaderChoosesTheFormat() {
        assertEquals(Sheets.Format.XLSX, SheetExportResource.format(List.of("xlsx"), List.of()));
        assertEquals(Sheets.Format.CSV, SheetExportResource.format(null,
                List.of(javax.ws.rs.core.MediaType.valueOf("text/csv"))));
        Problem pdf = assertThrows(Problem.class, () -> SheetExportResource.format(List.of("pdf"), List.of()));
        assertEquals("format", pdf.body().parameter());
        assertEquals("Parameter format must be csv or xlsx (leave it out for JSON); got 'pdf'", pdf.getMessage());
        assertEquals("format", assertThrows(Problem.class, () -> FormatNegotiation.mediaType(List.of("csv", "xlsx")))
                .body().parameter());
        assertTrue(FormatNegotiation.LIST_PATH.matcher("api/jurisdictions/341504/lists/village-platform").matches());
        assertTrue(!FormatNegotiation.LIST_PATH.matcher("api/jurisdictions/341504/lists/village-platform/import").matches());
    }
}
