package io.renshe.catalog.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.LevelDuty;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OnlineAccess;
import io.renshe.catalog.rest.ProblemError;
import io.renshe.catalog.sheets.internal.SheetImport.Action;
import io.renshe.catalog.sheets.internal.SheetImport.Plan;
import io.renshe.catalog.sheets.internal.SheetImport.Proposal;
import io.renshe.catalog.sheets.internal.SheetImport.RowOutcome;

/**
 * A sheet read back against its list: the same file changes nothing, an edited cell changes exactly its field, a
 * missing row hides its entry, a new 序号 adds one, and every error of a file is answered with its row and column.
 */
class SheetImportTest {

    static Stream<Arguments> everyList() {
        List<Arguments> lists = new ArrayList<>();
        for (String id : List.of(Localities.HUANGSHAN, Localities.YEJI, Localities.BAIYIN)) {
            for (EffectiveCatalog.Sourced<ItemList> list : Localities.catalog(id).lists()) {
                lists.add(Arguments.of(id, list.value().id()));
            }
        }
        return lists.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyList")
    void everyShippedListReadsBackUnchangedFromCsvAndXlsx(String jurisdiction, String listId) {
        ItemList list = Localities.list(jurisdiction, listId);
        ListLayout layout = ListLayout.of(list);
        for (byte[] file : List.of(Sheets.csv(layout, Map.of()), Sheets.xlsx(layout, Map.of()))) {
            Plan plan = SheetImport.plan(layout, Sheets.read(file, SheetLimits.defaults()));
            assertEquals(List.of(), plan.errors());
            assertEquals(list.entries().size(), plan.count(Action.UNCHANGED), plan.rows().toString());
            assertEquals(List.of(), plan.entries());
            assertEquals(List.of(), plan.hidden());
        }
    }

    @Test
    void theSeededListsAreAllThere() {
        assertEquals(7, everyList().count(), "黄山 4 lists, 叶集 2, 白银 1");
    }

    /** The rows of a list's sheet, to edit. */
    static List<List<String>> rows(ItemList list) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : Sheets.rows(ListLayout.of(list), Map.of())) {
            rows.add(new ArrayList<>(row));
        }
        return rows;
    }

    static SheetTable table(List<List<String>> rows) {
        List<SheetTable.Row> data = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            data.add(new SheetTable.Row(i + 1, rows.get(i)));
        }
        return new SheetTable("csv", "UTF-8", rows.get(0), data);
    }

    static Plan plan(ItemList list, List<List<String>> rows) {
        return SheetImport.plan(ListLayout.of(list), table(rows));
    }

    static List<String> row(List<List<String>> rows, String seq) {
        int at = rows.get(0).indexOf("序号");
        return rows.stream().skip(1).filter(r -> r.get(at).equals(seq)).findFirst().orElseThrow();
    }

    @Test
    void anEditedDutyChangesTheLevelsOfThatRowOnly() {
        ItemList list = Localities.list(Localities.YEJI, "village-platform");
        List<List<String>> rows = rows(list);
        // row 2: the town now accepts the certification itself (审核 by the district stays)
        row(rows, "2").set(2, "1．区级：对乡镇街、村社通过社会保险村级服务平台上传的资格认证信息及时进行审核。\n"
                + "2．乡镇街：受理到乡镇街开展资格认证的退休职工的认证申请。\n"
                + "3．村社：对到村社开展资格认证的退休职工，协助开展资格认证工作。");
        Plan plan = plan(list, rows);
        assertEquals(List.of(), plan.errors());
        assertEquals(17, plan.count(Action.UNCHANGED));
        RowOutcome changed = plan.rows().stream().filter(r -> r.action() == Action.CHANGED).findFirst().orElseThrow();
        assertEquals(3, changed.row());
        assertEquals("2", changed.seq());
        assertEquals(List.of("levels"), changed.fields());
        assertEquals(List.of("责任事项"), changed.columns());
        ListEntry entry = plan.entries().get(0).entry();
        assertEquals(List.of(
                new LevelDuty(HandlingLevel.DISTRICT, "对乡镇街、村社通过社会保险村级服务平台上传的资格认证信息及时进行审核。", "review"),
                new LevelDuty(HandlingLevel.TOWN, "受理到乡镇街开展资格认证的退休职工的认证申请。", "accept"),
                new LevelDuty(HandlingLevel.VILLAGE, "对到村社开展资格认证的退休职工，协助开展资格认证工作。", null)),
                entry.levels());
        assertEquals(List.of("养老中心"), entry.units());
        assertEquals(List.of(Channel.VILLAGE), entry.channels(), "the channel no column shows is kept");
    }

    @Test
    void aRoleFollowsTheActItsDutyNames() {
        assertEquals("review", SheetImport.role("审查材料，及时审核通过", "review"));
        assertEquals("accept", SheetImport.role("受理申请，审查材料后审核", null));
        assertEquals("review", SheetImport.role("受理申请，审查材料后审核", "review"), "still named: kept");
        assertEquals("approve", SheetImport.role("审批后出件", "accept"));
        assertNull(SheetImport.role("协助开展资格认证工作。", "accept"));
    }

    @Test
    void anEditedLimitAfterAccelerationInBaiyin() {
        ItemList list = Localities.list(Localities.BAIYIN, "accelerated");
        List<List<String>> rows = rows(list);
        // 003 附件2 row 11: 2.4.2就业登记, 10个工作日 → 5个工作日; the office now does it in 3
        List<String> employment = row(rows, "11");
        assertEquals("5个工作日", employment.get(3));
        employment.set(3, "3个工作日");
        Plan plan = plan(list, rows);
        assertEquals(List.of(), plan.errors());
        Proposal proposal = plan.entries().get(0);
        assertEquals("3个工作日", proposal.entry().limitAfter().text());
        assertEquals("10个工作日", proposal.entry().limitBefore().text());
        assertEquals("2.4.2", proposal.entry().code());
        assertEquals("就业登记", proposal.entry().name());
        assertEquals(List.of("limitAfter"), plan.rows().stream().filter(r -> r.action() == Action.CHANGED).findFirst()
                .orElseThrow().fields());
        assertEquals("提速后办结时限", proposal.headings().get("limitAfter"));
    }

    @Test
    void aRenamedCodeIsReadFromTheNameCell() {
        ItemList list = Localities.list(Localities.BAIYIN, "accelerated");
        List<List<String>> rows = rows(list);
        row(rows, "2").set(1, "1.6.10 城镇职工基本养老保险关系转移接续");
        Plan plan = plan(list, rows);
        ListEntry entry = plan.entries().get(0).entry();
        assertEquals("1.6.10", entry.code());
        assertEquals("城镇职工基本养老保险关系转移接续", entry.name());
        assertEquals(List.of("name"), plan.rows().stream().filter(r -> r.action() == Action.CHANGED).findFirst()
                .orElseThrow().fields());
    }

    @Test
    void anOnlineRowGetsASecondAddressAndAnApp() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "online");
        List<List<String>> rows = rows(list);
        // 000 附件8 row 50: 失业保险金账户维护申请, http://hrss.ah.gov.cn/ggfwwt/, 个人
        List<String> row = row(rows, "50");
        assertEquals("http://hrss.ah.gov.cn/ggfwwt/", row.get(3));
        row.set(3, "http://hrss.ah.gov.cn/ggfwwt/ 、 http://si.12333.gov.cn");
        row.set(4, "皖事通");
        Plan plan = plan(list, rows);
        assertEquals(List.of(), plan.errors());
        ListEntry entry = plan.entries().get(0).entry();
        assertEquals(new OnlineAccess(List.of("http://hrss.ah.gov.cn/ggfwwt/", "http://si.12333.gov.cn"), null,
                List.of("皖事通")), entry.online());
        assertEquals(List.of("online"), plan.rows().stream().filter(r -> r.action() == Action.CHANGED).findFirst()
                .orElseThrow().fields());
        assertEquals(List.of("网址（邮箱）", "APP"), plan.rows().stream().filter(r -> r.action() == Action.CHANGED)
                .findFirst().orElseThrow().columns());
    }

    @Test
    void ticksAddAndTakeChannels() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "nearby");
        List<List<String>> rows = rows(list);
        // 附件5 row 10 城乡居民养老保险补缴: the community window only; now at the bank as well, and online
        List<String> row = row(rows, "10");
        assertEquals(List.of("", "√", ""), row.subList(3, 6));
        row.set(3, "✓");
        row.set(5, "是");
        // row 1 no longer at the bank
        row(rows, "1").set(3, "");
        Plan plan = plan(list, rows);
        assertEquals(List.of(), plan.errors());
        assertEquals(2, plan.count(Action.CHANGED));
        assertEquals(List.of(Channel.BANK, Channel.COMMUNITY, Channel.ONLINE), plan.entries().stream()
                .filter(p -> p.entry().seq().equals("10")).findFirst().orElseThrow().entry().channels());
        assertEquals(List.of(Channel.COMMUNITY, Channel.ONLINE), plan.entries().stream()
                .filter(p -> p.entry().seq().equals("1")).findFirst().orElseThrow().entry().channels());
    }

    @Test
    void aMissingRowIsHiddenAndANewSeqIsAdded() {
        ItemList list = Localities.list(Localities.YEJI, "second-batch");
        List<List<String>> rows = rows(list);
        rows.remove(row(rows, "7"));
        rows.add(new ArrayList<>(List.of("信息中心", "27", "业务办理类", "社会保障卡启用")));
        Plan plan = plan(list, rows);
        assertEquals(List.of(), plan.errors());
        assertEquals(List.of("7"), plan.hidden());
        RowOutcome hidden = plan.rows().stream().filter(r -> r.action() == Action.HIDDEN).findFirst().orElseThrow();
        assertNull(hidden.row());
        assertEquals("项目参保证明打印", hidden.name());
        Proposal added = plan.entries().get(0);
        assertTrue(added.added());
        assertEquals(27, added.row());
        assertEquals("社会保障卡启用", added.entry().name());
        assertEquals(List.of("信息中心"), added.entry().units());
        assertEquals(List.of(Channel.VILLAGE), added.entry().channels(), "the channel every row of the list has");
        assertEquals("业务办理类", added.entry().category());
        assertEquals(25, plan.count(Action.UNCHANGED));
    }

    @Test
    void everyErrorOfTheFileIsAnsweredWithItsRowAndColumn() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "online");
        List<List<String>> rows = rows(list);
        row(rows, "2").set(5, "公民");                // row 3: no applicant type
        row(rows, "3").set(3, "hrss.ah.gov.cn");      // row 4: no web address
        row(rows, "4").set(1, "");                    // row 5: no name
        row(rows, "6").set(0, "5");                   // row 7: 序号 5 twice
        Plan plan = plan(list, rows);
        assertEquals(List.of(
                ProblemError.inRow(3, "申请主体", "'公民' is no applicant type: write 个人, 法人 or 单位, several joined by 、"),
                ProblemError.inRow(4, "网址（邮箱）", "'hrss.ah.gov.cn' is neither a web address (http://… or https://…) "
                        + "nor an e-mail address"),
                ProblemError.inRow(5, "事项名称", "the item name is empty"),
                ProblemError.inRow(7, "序号", "序号 5 is also on row 6; each row has its own 序号")), plan.errors());
        assertEquals(List.of(), plan.entries(), "nothing is decided on a file with errors");
    }

    @Test
    void ticksAndDutiesThatCannotBeRead() {
        ItemList nearby = Localities.list(Localities.HUANGSHAN, "nearby");
        List<List<String>> rows = rows(nearby);
        row(rows, "2").set(4, "x");
        assertEquals(List.of(ProblemError.inRow(3, "社区窗口办", "'x' is no tick: write √ where the item is handled this "
                + "way, leave the cell empty where it is not")), plan(nearby, rows).errors());

        ItemList village = Localities.list(Localities.YEJI, "village-platform");
        rows = rows(village);
        row(rows, "15").set(2, "受理持卡人启用申请");
        row(rows, "16").set(2, "1．区级：受理\n1．区级：受理");
        assertEquals(List.of(
                ProblemError.inRow(16, "责任事项", "each line starts with its level, as in '1．区级：…', '2．乡镇街：…', "
                        + "'3．村社：…'; got '受理持卡人启用申请'"),
                ProblemError.inRow(17, "责任事项", "the level 区级 is written twice")), plan(village, rows).errors());
    }

    @Test
    void theHeaderRowMustBeTheLists() {
        ItemList list = Localities.list(Localities.BAIYIN, "accelerated");
        List<List<String>> rows = rows(list);
        rows.get(0).set(4, "办理科室");
        rows.get(0).add("调整");
        Plan plan = plan(list, rows);
        assertEquals(List.of(
                ProblemError.inRow(1, "办理科室", "unknown column '办理科室': the columns of list accelerated are 序号, 事项名称, "
                        + "当前规定的办结时限, 提速后办结时限, 承办单位"),
                ProblemError.inRow(1, "调整", "unknown column '调整': the columns of list accelerated are 序号, 事项名称, "
                        + "当前规定的办结时限, 提速后办结时限, 承办单位"),
                ProblemError.inRow(1, "承办单位", "the column '承办单位' is missing: keep every column of the exported file "
                        + "(the row's values are read from them)")), plan.errors());
    }

    @Test
    void columnsMayMoveAndTheReadOnlyColumnIsIgnored() {
        ItemList list = Localities.list(Localities.BAIYIN, "accelerated");
        List<List<String>> rows = rows(list);
        for (List<String> row : rows) {
            row.add(0, row.remove(4));
            row.add(row == rows.get(0) ? ListLayout.CHANGE_HEADER : "第3号调整");
        }
        Plan plan = plan(list, rows);
        assertEquals(List.of(), plan.errors());
        assertEquals(list.entries().size(), plan.count(Action.UNCHANGED));
    }
}
