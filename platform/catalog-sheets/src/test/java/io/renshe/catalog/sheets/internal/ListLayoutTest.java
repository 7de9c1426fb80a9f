package io.renshe.catalog.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.ListEntry;

/**
 * Each kind of list of the three localities as a sheet: the headings of its source document and the cells of rows
 * typed from the documents (000 黄山, 003 白银区, 004 叶集区 in the shared seeds).
 */
class ListLayoutTest {

    private static List<String> row(ItemList list, String seq) {
        ListEntry entry = list.entries().stream().filter(e -> e.seq().equals(seq)).findFirst().orElseThrow();
        return ListLayout.of(list).cells(entry);
    }

    @Test
    void yejiVillagePlatformRowHasTheThreeLevelsDuties() {
        ItemList list = Localities.list(Localities.YEJI, "village-platform");
        assertEquals(List.of("序号", "事项名称", "责任事项", "部门"), ListLayout.of(list).headers());
        // 004 附件1 row 2
        assertEquals(List.of("2", "职工养老保险待遇资格认证",
                "1．区级：对乡镇街、村社通过社会保险村级服务平台上传的资格认证信息及时进行审核。\n"
                        + "2．乡镇街：对到乡镇街开展资格认证的退休职工，协助开展资格认证工作。\n"
                        + "3．村社：对到村社开展资格认证的退休职工，协助开展资格认证工作。",
                "养老中心"), row(list, "2"));
        // row 7 prints no 村社 duty: two lines
        assertEquals("1．区级：审查系统中提交的信息以及附件材料的准确完整性，符合条件的，及时办理系统审核通过；审查发现问题的，"
                + "及时填写申请不通过原因，办理系统退回。\n2．乡镇街：受理城居保区外参保人员的转移申请，指导参保人如实填报转移登记表，"
                + "审查参保人提供的有关材料，审查符合条件的通过系统办理，纸质材料归档；审查不通过的，退回并告知参保人员需要补充、修改的材料，"
                + "收集完整无误后及时通过办理。", row(list, "7").get(2));
    }

    @Test
    void yejiSecondBatchKeepsTheDocumentsColumnOrder() {
        ItemList list = Localities.list(Localities.YEJI, "second-batch");
        assertEquals(List.of("经办部门", "序号", "业务种类", "事项名称"), ListLayout.of(list).headers());
        // 004 附件2 rows 24 and 26 (block 信息中心)
        assertEquals(List.of("信息中心", "24", "业务办理类", "社会保障卡申领"), row(list, "24"));
        assertEquals(List.of("信息中心", "26", "查询、打印类", "社会保障卡应用状态查询"), row(list, "26"));
    }

    @Test
    void baiyinAcceleratedRowHasItsLimitBeforeAndAfter() {
        ItemList list = Localities.list(Localities.BAIYIN, "accelerated");
        assertEquals(List.of("序号", "事项名称", "当前规定的办结时限", "提速后办结时限", "承办单位"), ListLayout.of(list).headers());
        // 003 附件2 rows 2, 7 and 11: the national code printed before the name, as the document prints it
        assertEquals(List.of("2", "1.6.10城镇职工基本养老保险关系转移接续申请", "45个工作日", "15个工作日", "社保中心"), row(list, "2"));
        assertEquals(List.of("7", "1.8.9稳岗返还（稳岗补贴）申领", "自企业申请到审核通过，最长不得超过3个月", "20个工作日", "社保中心"),
                row(list, "7"));
        assertEquals(List.of("11", "2.4.2就业登记", "10个工作日", "5个工作日", "就业服务中心"), row(list, "11"));
    }

    @Test
    void huangshanOnlineRowWithTwoAddressesAndTwoApps() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "online");
        assertEquals(List.of("序号", "事项名称", "职能单位", "网址（邮箱）", "APP", "申请主体"), ListLayout.of(list).headers());
        // 000 附件8 row 49: “http://si.12333.gov.cn 、 http://hrss.ah.gov.cn/ggfwwt/”, 微信、支付宝, 个人
        assertEquals(List.of("49", "失业保险金申领", "人才发展服务局", "http://si.12333.gov.cn、http://hrss.ah.gov.cn/ggfwwt/",
                "微信、支付宝", "个人"), row(list, "49"));
        // row 45: an address and a mailbox (邮箱： hssrsjgsbxk@163.com)
        assertEquals("http://61.190.31.166:10005/wxsbsz_w/index.shtml 邮箱：hssrsjgsbxk@163.com", row(list, "45").get(3));
        assertEquals("法人", row(list, "45").get(5));
        // row 1: an app, no address
        assertEquals(List.of("", "皖事通"), row(list, "1").subList(3, 5));
    }

    @Test
    void huangshanNearbyTicksAsTheDocumentTicks() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "nearby");
        assertEquals(List.of("序号", "事项名称", "职能单位", "合作银行网点办", "社区窗口办", "线上办"), ListLayout.of(list).headers());
        // 000 附件5 row 1: √ √ √ under the cell 农村社会保险科 各区县城乡居保经办机构
        assertEquals(List.of("1", "城乡居民养老保险参保信息查询", "农村社会保险科、各区县城乡居保经办机构", "√", "√", "√"), row(list, "1"));
        // row 9: not at the bank; row 14: online only; row 35: the bank only
        assertEquals(List.of("", "√", "√"), row(list, "9").subList(3, 6));
        assertEquals(List.of("", "", "√"), row(list, "14").subList(3, 6));
        assertEquals(List.of("35", "社会保障卡申领"), row(list, "35").subList(0, 2));
        assertEquals(List.of("√", "", ""), row(list, "35").subList(3, 6));
    }

    @Test
    void huangshanCommunityAndCitywide() {
        ItemList community = Localities.list(Localities.HUANGSHAN, "community");
        assertEquals(List.of("序号", "事项名称", "职能单位", "社区窗口", "线上办"), ListLayout.of(community).headers());
        // 000 附件6 row 15: 征缴中心, online only
        assertEquals(List.of("15", "城镇职工基本养老保险关系转移接续", "征缴中心", "", "√"), row(community, "15"));
        ItemList citywide = Localities.list(Localities.HUANGSHAN, "citywide");
        // 附件7 prints the heading wrapped (合作银行网 点办); the list writes it whole
        assertEquals(List.of("序号", "事项名称", "职能单位", "合作银行网点办", "线上办", "办结时限"), ListLayout.of(citywide).headers());
        // row 22: online only, 15个工作日; row 24: 即时办结
        List<String> transfer = row(citywide, "22");
        assertEquals(List.of("22", "城镇职工基本养老保险关系转移接续"), transfer.subList(0, 2));
        assertEquals(List.of("", "√", "15个工作日"), transfer.subList(3, 6));
        assertEquals(List.of("24", "社会保障卡挂失与解挂", "信息中心", "√", "√", "即时办结"), row(citywide, "24"));
    }

    @Test
    void headingsAreComparedWithoutWrapsAndBracketWidths() {
        assertEquals(ListLayout.normalise("合作银行网点办"), ListLayout.normalise("合作银行网 点办"));
        assertEquals(ListLayout.normalise("网址（邮箱）"), ListLayout.normalise("网址(邮箱)"));
        assertEquals(ListLayout.normalise("APP"), ListLayout.normalise("app"));
    }

    @Test
    void aListWithoutColumnsGetsTheStandardHeadingsOfWhatItsEntriesUse() {
        ItemList accelerated = Localities.list(Localities.BAIYIN, "accelerated");
        ItemList bare = accelerated.toBuilder().columns(List.of()).build();
        // rows 17 and 25 keep their 承办单位 cell 未办理 as remarks: a 备注 column
        assertEquals(List.of("序号", "事项名称", "职能单位", "当前规定的办结时限", "提速后办结时限", "备注"),
                ListLayout.of(bare).headers());
        ItemList nearby = Localities.list(Localities.HUANGSHAN, "nearby").toBuilder().columns(List.of()).build();
        assertEquals(List.of("序号", "事项名称", "职能单位", "合作银行网点", "社区窗口", "线上办"), ListLayout.of(nearby).headers());
    }
}
