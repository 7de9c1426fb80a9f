package io.renshe.jurisdiction.huangshan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks card-one-thing.yaml against 黄人社秘〔2023〕150号 (“我要办理社会保障卡”一件事).
 * Every expected value below is typed from the document, not read from the data file.
 */
class CardOneThingTest {

    private static final Path CATALOG = Paths.get("target", "classes", "CATALOG-INF");

    private static final String ID_CARD = "本人身份证件";
    private static final String ID_CARD_NOTE = "代办需提供双方身份证件";
    private static final String RULE_1_15 =
            "根据待遇发放业务流程，每月1至15日选择变更发放账号业务的，变更的新卡号将于次月生效用于待遇发放，本月待遇仍将打至原卡。";

    private static Map<String, Object> file;
    private static Map<String, Object> bundle;
    private static List<Map<String, Object>> items;

    @BeforeAll
    static void load() throws IOException {
        file = yaml("card-one-thing.yaml");
        List<Map<String, Object>> bundles = list(file, "bundles");
        assertEquals(1, bundles.size(), "one bundle: 我要办理社会保障卡");
        bundle = bundles.get(0);
        items = list(bundle, "items");
    }

    @Test
    void header() {
        assertEquals("renshe-catalog/1", file.get("schema"));
        assertEquals("bundles", file.get("kind"));
        assertEquals("card-one-thing", file.get("id"));
        assertEquals("一件事联办", file.get("type"));
        assertEquals(Boolean.FALSE, file.get("crossDepartment"));
        Map<String, Object> document = map(file, "document");
        assertEquals("黄人社秘〔2023〕150号", document.get("number"));
        assertEquals("关于印发黄山市“我要办理社会保障卡”一件事工作实施方案的通知", document.get("title"));
        assertEquals("2023-04-27", date(document.get("date")));
    }

    @Test
    void bundleNameAndNoLeadOrCoSinceTheDocumentNamesNone() {
        assertEquals(1, bundle.get("seq"));
        assertEquals("我要办理社会保障卡", bundle.get("name"));
        // the document names no 牵头单位 and no 协办单位: neither is given, and nothing is marked inferred instead
        assertFalse(bundle.containsKey("lead"), "the document names no 牵头单位");
        assertFalse(bundle.containsKey("co"), "the document names no 协办单位");
        assertFalse(bundle.containsKey("inferred"), "the bundle states nothing the document does not");
        assertFalse(bundle.containsKey("limit"), "the document gives no overall limit");
        String place = (String) bundle.get("place");
        assertTrue(place.contains("安徽省“皖事通办”平台、“皖事通”APP"), place);
        assertTrue(place.contains("申请人也可前往各级社会保障卡服务机构提交联办申请"), place);
    }

    @Test
    void eightItemsInOrderWithSeqUniqueAndComplete() {
        String[] names = {
            "社会保障卡申领",
            "社会保障卡补领换领换发",
            "社会保障卡启用",
            "社会保障卡挂失解挂",
            "社会保障卡注销",
            "社会保障卡信息变更",
            "社会保障卡应用状态查询",
            "养老保险待遇发放账号维护申请",
        };
        assertEquals(8, items.size());
        Set<Object> seqs = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            Map<String, Object> item = items.get(i);
            assertEquals(i + 1, item.get("seq"), "seq of item " + (i + 1));
            assertEquals(names[i], item.get("name"), "name of item " + (i + 1));
            assertTrue(seqs.add(item.get("seq")), "duplicate seq " + item.get("seq"));
        }
    }

    @Test
    void unitsAndLimitsPerItem() {
        // 申请表 办理时限: 1个工作日 for 申领, 补领换领换发 and 养老保险待遇发放账号维护申请; 即时办结 for the others
        String[] limits = {"1个工作日", "1个工作日", "即时办结", "即时办结", "即时办结", "即时办结", "即时办结", "1个工作日"};
        for (int i = 0; i < limits.length; i++) {
            assertEquals(limits[i], items.get(i).get("limit"), "limit of item " + (i + 1));
        }
        // 申领 / 补换: “人力资源社会保障部门接收信息并审核”, card made “到经办银行窗口现场制卡并领取”
        assertEquals(List.of("人力资源社会保障部门", "经办银行"), items.get(0).get("unit"));
        assertEquals(List.of("人力资源社会保障部门", "经办银行"), items.get(1).get("unit"));
        // items 3-8: “系统实时核实信息，对符合办理条件的即时受理” names no unit, so none is given (none inferred either)
        for (int i = 2; i < 8; i++) {
            assertFalse(items.get(i).containsKey("unit"), "the document names no unit for item " + (i + 1));
        }
        for (Map<String, Object> item : items) {
            assertFalse(item.containsKey("inferred"), "item " + item.get("seq") + " states nothing the document does not");
        }
    }

    @Test
    void thePensionAccountRuleStandsOnItem8() {
        // 注2 of the 申请表 concerns 变更发放账号业务: item 8, 养老保险待遇发放账号维护申请
        assertEquals("养老保险待遇发放账号维护申请", items.get(7).get("name"));
        assertEquals(List.of(RULE_1_15), items.get(7).get("rules"));
        for (int i = 0; i < 7; i++) {
            assertFalse(items.get(i).containsKey("rules"), "item " + (i + 1) + " has no rule of its own");
        }
        assertFalse(strings(bundle, "rules").contains(RULE_1_15), "the rule is item 8's, not the whole bundle's");
        assertTrue(strings(bundle, "remarks").contains("2." + RULE_1_15), "注2 stays on the bundle as printed");
    }

    @Test
    void materials() {
        // merged 必需提供 cell of the 申请表: applies to every row; 依申请提供 is 无需材料 everywhere
        for (int i : new int[] {0, 3, 5, 7}) {
            List<Map<String, Object>> materials = list(items.get(i), "materials");
            assertEquals(1, materials.size(), "materials of item " + (i + 1));
            assertEquals(ID_CARD, materials.get(0).get("name"));
            assertEquals(Boolean.TRUE, materials.get(0).get("required"));
            assertEquals(ID_CARD_NOTE, materials.get(0).get("note"));
        }
        for (Map<String, Object> item : items) {
            for (Map<String, Object> m : list(item, "materials")) {
                assertFalse(String.valueOf(m.get("name")).contains("无需材料"), "无需材料 is not a material");
            }
        }
        List<Map<String, Object>> whole = list(bundle, "materials");
        assertEquals(1, whole.size());
        assertEquals(ID_CARD, whole.get(0).get("name"));
        assertEquals(Boolean.TRUE, whole.get(0).get("required"));
    }

    @Test
    void itemRemarksAreTheAnnexParagraphs() {
        assertEquals("平台接收到申请人提交的社会保障卡申领信息后推送至省人力资源社会保障厅社会保障卡管理信息系统，"
                + "人力资源社会保障部门接收信息并审核，1个工作日内将受理结果反馈至平台。申领审核成功的，"
                + "人力资源社会保障部门根据申请人填写的联系方式，通知申请人到经办银行窗口现场制卡并领取。",
                items.get(0).get("remarks"));
        // paragraph 3 of the annex continues across a page break
        assertTrue(((String) items.get(1).get("remarks")).endsWith("通知申请人到经办银行窗口现场制卡并领取。"));
        assertEquals("平台接收到申请人提交的社会保障卡信息变更信息后，推送至省人力资源社会保障厅社会保障卡管理信息系统，"
                + "系统实时核实信息，对符合办理条件的即时受理，并将结果反馈至平台。",
                items.get(5).get("remarks"));
        // paragraph 9 starts on one page and ends on the next
        assertEquals("平台接收到申请人提交的养老保险待遇发放账号维护申请信息后推送至省人力资源社会保障厅社会保障卡管理信息系统，"
                + "系统实时核实信息，对符合办理条件的即时受理，调用养老保险业务系统接口实现养老保险待遇发放账户维护，"
                + "并将结果反馈至平台。",
                items.get(7).get("remarks"));
    }

    @Test
    void flowSteps() {
        List<String> flow = strings(bundle, "flow");
        assertEquals(6, flow.size());
        assertEquals("承诺勾选。申请人阅读“用户须知”并勾选同意后,进入“我要办理社会保障卡”模块。", flow.get(0));
        assertTrue(flow.get(1).startsWith("选择联办。申请人根据实际情况,勾选需要办理的事项"), flow.get(1));
        assertTrue(flow.get(1).contains("养老保险待遇发放账号维护申请等业务"), flow.get(1));
        assertTrue(flow.get(2).startsWith("条件预判。平台根据用户登录信息，自动预判申请人的社会保障卡信息等条件"), flow.get(2));
        assertTrue(flow.get(2).contains("不符合办理条件的反馈申请失败及未成功原因"), flow.get(2));
        assertEquals("录入信息。申请人根据选择办理的事项填写相关表单信息，上传申报材料。", flow.get(3));
        assertEquals("申请人提交办件后，平台将办件分发至相应部门进行审核", flow.get(4));
        assertEquals("申请人可在“皖事通办”平台、“皖事通”APP及时查看各环节审核结果。", flow.get(5));
    }

    @Test
    void rulesRemarksResultAndSharing() {
        List<String> rules = strings(bundle, "rules");
        assertEquals(4, rules.size());
        assertTrue(rules.contains("服务对象：自然人。"));
        assertTrue(rules.contains("不符合办理条件的反馈申请失败及未成功原因。"));
        assertTrue(rules.contains("本表由本人或代办人填写，申报多项业务时，存在重复申报资料的，仅需提交一份。"));
        assertTrue(rules.contains("承诺提交的所有材料真实、合法、有效。并承诺对因提交虚假材料引发的后果承担相应法律责任。"));
        assertEquals(List.of(
                "1.本表由本人或代办人填写，申报多项业务时，存在重复申报资料的，仅需提交一份。",
                "2." + RULE_1_15), bundle.get("remarks"));
        assertEquals("支持通过安徽政务服务网、“皖事通”APP查询办理结果。", bundle.get("result"));
        List<String> sharing = strings(bundle, "sharing");
        assertEquals(2, sharing.size());
        assertTrue(sharing.get(0).contains("身份证正反面电子证照"), sharing.get(0));
        assertTrue(sharing.get(0).contains("数据共享"), sharing.get(0));
        assertTrue(sharing.get(0).contains("如可以直接共享获取或者调取申请人身份证电子证照，则无需上传这部分数据。"), sharing.get(0));
        assertTrue(sharing.get(1).contains("个人公安照片"), sharing.get(1));
        assertTrue(sharing.get(1).contains("数据共享"), sharing.get(1));
    }

    @Test
    void onlyFieldsOfTheFormat() {
        Set<String> top = Set.of("schema", "kind", "id", "title", "type", "crossDepartment", "document", "bundles");
        Set<String> doc = Set.of("number", "title", "date", "annex");
        Set<String> bundleFields = Set.of("seq", "id", "name", "lead", "co", "level", "place", "process", "limit",
                "remarks", "flow", "materials", "result", "rules", "sharing", "items");
        Set<String> itemFields = Set.of("seq", "name", "code", "unit", "includes", "limit", "materials", "remarks",
                "rules");
        Set<String> materialFields = Set.of("name", "required", "note");
        assertTrue(top.containsAll(file.keySet()), file.keySet().toString());
        assertTrue(doc.containsAll(map(file, "document").keySet()));
        assertTrue(bundleFields.containsAll(bundle.keySet()), bundle.keySet().toString());
        for (Map<String, Object> m : list(bundle, "materials")) {
            assertTrue(materialFields.containsAll(m.keySet()), m.keySet().toString());
        }
        for (Map<String, Object> item : items) {
            assertTrue(itemFields.containsAll(item.keySet()), item.keySet().toString());
            for (Map<String, Object> m : list(item, "materials")) {
                assertTrue(materialFields.containsAll(m.keySet()), m.keySet().toString());
            }
        }
    }

    @Test
    void everyReferencedUnitIsDeclared() throws IOException {
        Set<String> referenced = new LinkedHashSet<>();
        for (Map<String, Object> item : items) {
            Object unit = item.get("unit");
            if (unit instanceof List) {
                for (Object u : (List<?>) unit) {
                    referenced.add((String) u);
                }
            } else if (unit != null) {
                referenced.add((String) unit);
            }
        }
        assertEquals(Set.of("人力资源社会保障部门", "经办银行"), referenced);

        assertTrue(Files.exists(CATALOG.resolve("jurisdiction.yaml")), "jurisdiction.yaml is missing");
        Map<String, Object> jurisdiction = yaml("jurisdiction.yaml");
        assertEquals("341000", String.valueOf(jurisdiction.get("id")));
        Set<String> declared = new HashSet<>();
        for (Map<String, Object> unit : list(jurisdiction, "units")) {
            declared.add((String) unit.get("name"));
        }
        List<String> missing = new ArrayList<>();
        for (String unit : referenced) {
            if (!declared.contains(unit)) {
                missing.add(unit);
            }
        }
        assertTrue(missing.isEmpty(), "units not declared in jurisdiction.yaml: " + missing);
    }

    // --- helpers ---------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String name) throws IOException {
        Path path = CATALOG.resolve(name);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml().load(reader);
            assertNotNull(loaded, name + " is empty");
            return (Map<String, Object>) loaded;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, key + " is not a mapping");
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, key + " is not a list");
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof List, key + " is not a list");
        return (List<String>) value;
    }

    private static String date(Object value) {
        if (value instanceof Date) {
            SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            return format.format((Date) value);
        }
        return String.valueOf(value);
    }
}
