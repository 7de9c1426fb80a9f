package io.renshe.jurisdiction.baiyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks the 白银区 catalog against document 003 (附件1 “10个打包一件事”清单, 附件2 “提速办”服务事项清单).
 * Expected values are typed from the document.
 */
class BaiyinCatalogTest {

    private static final Path CATALOG = Paths.get("target", "classes", "CATALOG-INF");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(CATALOG.resolve(file), StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static Map<String, Object> bundle(int seq) throws IOException {
        return list(load("one-things.yaml"), "bundles").get(seq - 1);
    }

    private static Map<String, Object> item(Map<String, Object> bundle, int seq) {
        return list(bundle, "items").get(seq - 1);
    }

    private static Map<String, Object> entry(int seq) throws IOException {
        return list(load("accelerated.yaml"), "entries").get(seq - 1);
    }

    /** unit of a bundle item as a list (the format allows a string or a list). */
    @SuppressWarnings("unchecked")
    private static List<String> units(Object unit) {
        if (unit == null) {
            return List.of();
        }
        if (unit instanceof String) {
            return List.of((String) unit);
        }
        return (List<String>) unit;
    }

    private static void assertItem(Map<String, Object> item, int seq, String code, String name, List<String> unit) {
        assertEquals(seq, item.get("seq"));
        assertEquals(code, item.get("code"), "code of " + name);
        assertEquals(name, item.get("name"));
        assertEquals(unit, units(item.get("unit")), "unit of " + name);
    }

    private static void assertEntry(Map<String, Object> e, int seq, String code, String name, String before,
            String after, List<String> units) {
        assertEquals(seq, e.get("seq"));
        assertEquals(code, e.get("code"), "code of " + name);
        assertEquals(name, e.get("name"));
        assertEquals(before, e.get("limitBefore"), "limitBefore of " + name);
        assertEquals(after, e.get("limitAfter"), "limitAfter of " + name);
        assertEquals(units, e.get("units"), "units of " + name);
    }

    // ---------------------------------------------------------------- jurisdiction

    @Test
    void jurisdiction() throws IOException {
        Map<String, Object> j = load("jurisdiction.yaml");
        assertEquals("renshe-catalog/1", j.get("schema"));
        assertEquals("jurisdiction", j.get("kind"));
        assertEquals("620402", j.get("id"));
        assertEquals("白银区", j.get("name"));
        assertEquals("district", j.get("level"));
        assertEquals("620400", j.get("parent"));
        Set<String> names = new HashSet<>();
        for (Map<String, Object> u : list(j, "units")) {
            assertTrue(names.add((String) u.get("name")), "unit declared twice: " + u.get("name"));
            assertTrue(u.get("type") != null, "type of " + u.get("name"));
        }
        assertEquals(Set.of("人社局", "社保中心", "社保中心参保登记股", "社保中心城乡居民基本养老保险股",
                "社保中心机关事业单位养老保险股", "社保中心企业职工养老保险股", "社保中心工伤失业保险股", "社保中心档案室",
                "区社保中心基金财务室", "社保股", "就业服务中心", "人才交流股", "事业管理股", "劳动监察中队"), names);
    }

    @Test
    void aliasesOfUnitsAsTheDocumentSpellsThem() throws IOException {
        Map<String, List<?>> aliases = new java.util.HashMap<>();
        for (Map<String, Object> u : list(load("jurisdiction.yaml"), "units")) {
            aliases.put((String) u.get("name"), (List<?>) u.get("aliases"));
        }
        assertTrue(aliases.get("事业管理股").contains("事业单位管理股"));
        assertTrue(aliases.get("社保中心档案室").contains("区社保中心档案室"));
        assertTrue(aliases.get("社保中心机关事业单位养老保险股").contains("机关事业单位养老保险股"));
        assertTrue(aliases.get("社保中心机关事业单位养老保险股").contains("区社保中心机关事业单位养老保险股"));
        assertTrue(aliases.get("社保中心城乡居民基本养老保险股").contains("区社保中心城乡居民养老保险股"));
    }

    @Test
    void everyReferencedUnitIsDeclared() throws IOException {
        Set<String> declared = new HashSet<>();
        for (Map<String, Object> u : list(load("jurisdiction.yaml"), "units")) {
            declared.add((String) u.get("name"));
        }
        List<String> referenced = new ArrayList<>();
        for (Map<String, Object> b : list(load("one-things.yaml"), "bundles")) {
            referenced.addAll(units(b.get("lead")));
            referenced.addAll(units(b.get("co")));
            for (Map<String, Object> it : list(b, "items")) {
                List<String> u = units(it.get("unit"));
                assertFalse(u.isEmpty(), "item without 承办: " + it.get("name"));
                referenced.addAll(u);
            }
        }
        for (Map<String, Object> e : list(load("accelerated.yaml"), "entries")) {
            referenced.addAll(units(e.get("units")));
        }
        for (String u : referenced) {
            assertTrue(declared.contains(u), "undeclared unit " + u);
        }
        // every declared unit but 人社局 (named in a process text only) is used by some row
        Set<String> used = new HashSet<>(referenced);
        used.add("人社局");
        assertEquals(declared, used);
    }

    // ---------------------------------------------------------------- 附件1 one-things

    @Test
    void oneThingsHeaderAndCounts() throws IOException {
        Map<String, Object> d = load("one-things.yaml");
        assertEquals("bundles", d.get("kind"));
        assertEquals("one-things", d.get("id"));
        assertEquals("白银市白银区人社服务“10个打包一件事”清单", d.get("title"));
        assertEquals("一件事一次办", d.get("type"));
        assertEquals(Boolean.FALSE, d.get("crossDepartment"));
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) d.get("document");
        assertEquals("附件1", doc.get("annex"));
        assertEquals("白银市白银区人社服务“10个打包一件事”清单", doc.get("title"));
        assertNull(doc.get("number"));
        assertNull(doc.get("date"));

        List<Map<String, Object>> bundles = list(d, "bundles");
        assertEquals(10, bundles.size());
        int[] itemCounts = {11, 6, 8, 15, 9, 15, 7, 4, 6, 5};
        String[] names = {"企业招用员工", "企业与员工解除终止劳动合同", "失业", "高校毕业生就业（含灵活就业）",
                "事业单位聘用工作人员", "创业", "职工退休", "申领工亡人员有关待遇", "退休人员过世", "申领社会保障卡"};
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> b = bundles.get(i);
            assertEquals(i + 1, b.get("seq"), "bundle seq");
            assertEquals(names[i], b.get("name"));
            assertEquals("区级全部打包办理", b.get("level"), "level of " + names[i]);
            assertTrue(ids.add((String) b.get("id")), "bundle id unique");
            List<Map<String, Object>> items = list(b, "items");
            assertEquals(itemCounts[i], items.size(), "items of " + names[i]);
            for (int k = 0; k < items.size(); k++) {
                assertEquals(k + 1, items.get(k).get("seq"), "item seq complete in " + names[i]);
            }
        }
    }

    @Test
    void bundleLimits() throws IOException {
        String d15 = "自受理材料起15个工作日内办结";
        String[] limits = {d15, d15, d15, "即时办结", d15, "自受理材料起20个工作日内办结。", d15, d15, d15, "即时办结"};
        List<Map<String, Object>> bundles = list(load("one-things.yaml"), "bundles");
        for (int i = 0; i < 10; i++) {
            assertEquals(limits[i], bundles.get(i).get("limit"), "limit of bundle " + (i + 1));
        }
    }

    @Test
    void startupBundle() throws IOException {
        Map<String, Object> b = bundle(6);
        assertEquals("创业", b.get("name"));
        assertEquals("自受理材料起20个工作日内办结。", b.get("limit"));
        assertEquals("现场办理。在白银区政府5号楼二楼经办大厅窗口。", b.get("place"));
        assertEquals("在窗口公示服务事项、申报材料及流程。窗口人员统一受理打包事项，并通知协调各股室配合单位逐项分步办理。",
                b.get("process"));
        assertEquals(List.of("就业服务中心", "社保中心"), b.get("lead"));
        assertEquals(List.of("人才交流股", "劳动监察中队"), b.get("co"));
        String reg = "社保中心参保登记股";
        assertItem(item(b, 1), 1, "2.2.3", "创业开业指导", List.of("就业服务中心"));
        assertItem(item(b, 2), 2, "2.4.2", "就业登记", List.of("就业服务中心"));
        assertItem(item(b, 3), 3, "2.4.3", "《就业创业证》申领", List.of("就业服务中心"));
        assertItem(item(b, 4), 4, "2.5.1", "创业补贴申领", List.of("就业服务中心"));
        assertItem(item(b, 5), 5, "2.5.2", "创业担保贷款申请", List.of("就业服务中心"));
        assertItem(item(b, 6), 6, "2.7.1", "高等学校等毕业生接收手续办理", List.of("人才交流股"));
        assertItem(item(b, 7), 7, "3.4.1", "档案的接收和转递（流动人员）", List.of("人才交流股"));
        assertItem(item(b, 8), 8, "3.4.7", "存档人员党员组织关系的接转", List.of("人才交流股"));
        assertItem(item(b, 9), 9, "1.1.1", "企业社会保险登记", List.of(reg));
        assertItem(item(b, 10), 10, "1.1.5", "职工参保登记", List.of(reg));
        assertEquals("10 01. 1.5职工参保登记（承办部门：社保中心参保登记股）", item(b, 10).get("original"));
        assertInferred(item(b, 10), "code", "01. 1.5");
        assertItem(item(b, 11), 11, "1.3.1", "缴费人员增减申报", List.of(reg));
        assertItem(item(b, 12), 12, null, "养老保险关系转移接续", List.of(reg, "社保中心机关事业单位养老保险股"));
        assertEquals(List.of("1.6.10城镇职工基本养老保险关系转移接续申请",
                "1.6.13机关事业单位基本养老保险与城镇企业职工基本养老保险互转申请",
                "1.6.15军地养老保险关系转移接续申请"), item(b, 12).get("includes"));
        assertItem(item(b, 13), 13, "1.8.8", "失业保险关系转移接续", List.of(reg));
        assertItem(item(b, 14), 14, "1.10.1", "社会保障卡申领", List.of("社保中心城乡居民基本养老保险股"));
        assertItem(item(b, 15), 15, "4.1.1", "劳动用工备案", List.of("劳动监察中队"));
    }

    @Test
    void hireBundle() throws IOException {
        Map<String, Object> b = bundle(1);
        assertEquals("企业招用员工", b.get("name"));
        assertEquals("现场办理。在白银区政府5号楼一、二楼经办大厅窗口。", b.get("place"));
        assertEquals("在窗口公示服务事项、申报材料及流程。窗口人员统一受理打包事项，并通知协调各配合股室单位逐项分步办理。",
                b.get("process"));
        assertEquals(List.of("社保中心"), b.get("lead"));
        assertEquals(List.of("就业服务中心", "人才交流股", "劳动监察中队"), b.get("co"));
        assertItem(item(b, 1), 1, "1.1.5", "职工参保登记", List.of("社保中心参保登记股"));
        assertItem(item(b, 3), 3, null, "养老保险关系转移接续",
                List.of("社保中心参保登记股", "社保中心机关事业单位养老保险股"));
        assertEquals(3, ((List<?>) item(b, 3).get("includes")).size());
        assertItem(item(b, 6), 6, "2.4.2", "就业登记", List.of("就业服务中心"));
        assertItem(item(b, 8), 8, "2.7.1", "高等学校等毕业生接收手续办理", List.of("人才交流股"));
        assertItem(item(b, 11), 11, "4.1.1", "劳动用工备案", List.of("劳动监察中队"));
    }

    @Test
    void dismissBundleAcrossPageBreak() throws IOException {
        Map<String, Object> b = bundle(2);
        assertEquals("企业与员工解除终止劳动合同", b.get("name"));
        assertEquals("在窗口公示服务事项、申报材料及流程。窗口人员统一受理打包事项，通知协调各配合股室单位逐项分步办理。",
                b.get("process"));
        assertEquals(List.of("社保中心"), b.get("lead"));
        assertEquals(List.of("就业服务中心"), b.get("co"));
        assertItem(item(b, 2), 2, "4.1.1", "劳动用工备案", List.of("劳动监察中队"));
        assertItem(item(b, 3), 3, "1.3.5", "社会保险费欠费补缴申报", List.of("社保中心参保登记股"));
        assertItem(item(b, 5), 5, "3.4.1", "档案的接收和转递（流动人员）", List.of("社保中心档案室"));
        assertItem(item(b, 6), 6, "3.4.7", "存档人员党员组织关系的接转", List.of("人才交流股"));
    }

    @Test
    void unemploymentBundle() throws IOException {
        Map<String, Object> b = bundle(3);
        assertEquals("失业", b.get("name"));
        String place = (String) b.get("place");
        assertTrue(place.startsWith("网上办理。1.个人通过人社厅网上办事大厅或甘肃省政务网进入社会保险窗口，转入白银站点，"));
        assertTrue(place.contains("2.通过国家社会保险公共服务平台注册登录申领（其也可通过下载安装“掌上12333APP”注册，查询相关信息）。"));
        assertTrue(place.endsWith("以上均可从手机APP进入。现场办理。在白银区政府5号楼二楼经办大厅窗口。"));
        assertEquals(List.of("就业服务中心", "社保中心"), b.get("lead"));
        assertEquals(List.of("社保中心"), b.get("co"));
        assertItem(item(b, 1), 1, "2.4.1", "失业登记", List.of("就业服务中心"));
        assertItem(item(b, 4), 4, "1.8.1", "失业保险金申领", List.of("社保中心工伤失业保险股"));
        assertItem(item(b, 6), 6, "1.8.3", "职业培训补贴申领（领金失业人员）", List.of("就业服务中心"));
        assertItem(item(b, 7), 7, "1.8.7", "价格临时补贴申领", List.of("社保中心工伤失业保险股"));
        assertItem(item(b, 8), 8, "2.6.1", "就业困难人员认定", List.of("就业服务中心"));
    }

    @Test
    void graduateBundle() throws IOException {
        Map<String, Object> b = bundle(4);
        assertEquals("高校毕业生就业（含灵活就业）", b.get("name"));
        assertEquals("即时办结", b.get("limit"));
        assertEquals(List.of("就业服务中心", "人才交流股"), b.get("lead"));
        assertEquals(List.of("社保中心", "就业服务中心", "人才交流股", "劳动监察中队"), b.get("co"));
        assertItem(item(b, 2), 2, "2.1.2", "职业供求信息、市场工资指导价位信息和职业培训信息发布",
                List.of("就业服务中心", "劳动监察中队"));
        assertItem(item(b, 8), 8, "2.7.1", "高等学校等毕业生接收手续办理", List.of("人才交流股"));
        assertEquals("8 2. 7.1髙等学校等毕业生接收手续办理（承办：人才交流股）", item(b, 8).get("original"));
        assertItem(item(b, 10), 10, "2.7.4", "高校毕业生社保补贴申领", List.of("人才交流股"));
        assertItem(item(b, 13), 13, "1.1.5", "职工参保登记", List.of("社保中心参保登记股"));
        assertEquals("⑬ 1.5职工参保登记（承办：社保中心参保登记股）", item(b, 13).get("original"));
        assertInferred(item(b, 13), "code", "“1.5”");
        assertItem(item(b, 14), 14, "1.4.1", "社会保险费缴纳", List.of("社保中心参保登记股"));
        assertItem(item(b, 15), 15, "1.10.1", "社会保障卡申领", List.of("社保中心城乡居民基本养老保险股"));
    }

    @Test
    void institutionHireBundle() throws IOException {
        Map<String, Object> b = bundle(5);
        assertEquals("事业单位聘用工作人员", b.get("name"));
        assertEquals("工作人员统一受理打包事项，并通知协调各配合股室单位逐项分步办理。", b.get("process"));
        assertEquals(List.of("就业服务中心", "事业管理股", "社保中心"), b.get("lead"));
        assertEquals(List.of("事业管理股", "社保中心", "就业服务中心"), b.get("co"));
        assertItem(item(b, 1), 1, "3.3.3", "事业单位拟聘人员备案", List.of("事业管理股"));
        assertItem(item(b, 6), 6, null, "养老保险关系转移接续",
                List.of("社保中心参保登记股", "社保中心机关事业单位养老保险股"));
        assertEquals(List.of("1.6.10城镇职工基本养老保险关系转移接续申请",
                "1.6.13机关事业单位基本养老保险与城镇企业职工基本养老保险互转申请",
                "1.6.15军地养老保险关系转移接续申请"), item(b, 6).get("includes"));
        assertItem(item(b, 9), 9, "2.7.1", "高等学校等毕业生接收手续办理", List.of("人才交流股"));
    }

    @Test
    void retireBundle() throws IOException {
        Map<String, Object> b = bundle(7);
        assertEquals("职工退休", b.get("name"));
        assertEquals("工作人员统一受理打包事项，通知协调各配合股室单位逐项分步办理", b.get("process"));
        assertEquals(List.of("社保中心"), b.get("lead"));
        assertEquals(List.of("社保股", "劳动监察中队"), b.get("co"));
        assertItem(item(b, 1), 1, "1.6.1", "职工正常退休（职）申请",
                List.of("社保中心企业职工养老保险股", "社保中心档案室"));
        assertItem(item(b, 2), 2, "1.6.3", "职工提前退休（退职）申请", List.of("社保股"));
        assertEquals(List.of("1.6.10城镇职工基本养老保险关转移接续申请",
                "1.6.13机关事业单位基本养老保险与城镇企业职工基本养老保险互转申请",
                "1.6.14城镇职工基本养老保险与城乡居民基本养老保险制度衔接申请"), item(b, 5).get("includes"));
        assertItem(item(b, 6), 6, "1.6.16", "多重养老保险关系个人账户退费",
                List.of("社保中心参保登记股", "社保中心机关事业单位养老保险股"));
        assertItem(item(b, 7), 7, "1.2.3", "养老保险待遇发放账户维护申请",
                List.of("社保中心企业职工养老保险股", "社保中心机关事业单位养老保险股"));
    }

    @Test
    void workInjuryDeathBundle() throws IOException {
        Map<String, Object> b = bundle(8);
        assertEquals("申领工亡人员有关待遇", b.get("name"));
        assertEquals("现场办理。在白银区政府5号楼二、三楼经办大厅窗口。", b.get("place"));
        assertEquals(List.of("社保股"), b.get("co"));
        assertItem(item(b, 1), 1, null, "工伤备案登记",
                List.of("社保股", "社保中心工伤失业保险股", "社保中心参保登记股"));
        assertEquals(List.of("1.7.2用人单位办理工伤登记", "1.7.3变更工伤登记"), item(b, 1).get("includes"));
        assertItem(item(b, 2), 2, null, "工伤医疗费用申报", List.of("社保中心工伤失业保险股"));
        assertEquals(List.of("1.7.21工伤医疗（康复）费用申报", "1.7.22住院伙食补助费申领", "1.7.13异地工伤就医报告",
                "1.7.23统筹地区以外交通、食宿费申领"), item(b, 2).get("includes"));
        assertItem(item(b, 3), 3, null, "一次性及长期待遇申领", List.of("社保中心工伤失业保险股"));
        assertEquals(List.of("1.7.27一次性工亡补助金（含生活困难，预支50%确认、丧葬补助金申领", "1.7.28供养亲属抚恤金申领"),
                item(b, 3).get("includes"));
        assertItem(item(b, 4), 4, "1.2.4", "工伤保险待遇发放账户维护申请", List.of("社保中心工伤失业保险股"));
    }

    @Test
    void retireeDeathBundle() throws IOException {
        Map<String, Object> b = bundle(9);
        assertEquals("退休人员过世", b.get("name"));
        assertEquals(List.of("社保中心"), b.get("lead"));
        assertEquals(List.of("社保中心"), b.get("co"));
        List<String> three = List.of("社保中心城乡居民基本养老保险股", "区社保中心基金财务室", "社保中心机关事业单位养老保险股");
        assertItem(item(b, 1), 1, "1.6.6", "个人账户一次性待遇申领（养老保险）", three);
        assertItem(item(b, 2), 2, "1.6.8", "遗属待遇申领（养老保险）",
                List.of("社保中心城乡居民基本养老保险股", "区社保中心基金财务室"));
        assertTrue(((String) item(b, 2).get("original")).contains("遺属待遇申领"));
        assertItem(item(b, 4), 4, "1.10.8", "社会保障卡注销", List.of("社保中心城乡居民基本养老保险股"));
        assertItem(item(b, 5), 5, "1.2.3", "养老保险待遇发放账户维护申请", three);
        assertTrue(((String) item(b, 5).get("original")).contains("维护中请"));
    }

    @Test
    void socialSecurityCardBundle() throws IOException {
        Map<String, Object> b = bundle(10);
        assertEquals("申领社会保障卡", b.get("name"));
        assertEquals("即时办结", b.get("limit"));
        assertEquals("持有效身份证件在人社局社会保障卡服务窗口办社会保障卡申领、启用、密码修改与重置、挂失与解挂、补领、换领、换发。",
                b.get("process"));
        String u = "社保中心城乡居民基本养老保险股";
        // printed “1. 10.2社会保障卡启用（含社会保障卡银行账户激活）”: 含… goes to includes, as in every other bundle
        assertItem(item(b, 2), 2, "1.10.2", "社会保障卡启用", List.of(u));
        assertEquals(List.of("社会保障卡银行账户激活"), item(b, 2).get("includes"));
        assertItem(item(b, 1), 1, "1.10.1", "社会保障卡申领", List.of(u));
        assertItem(item(b, 3), 3, "1.10.5", "社会保障卡密码修改与重置", List.of(u));
        assertItem(item(b, 4), 4, "1.10.6", "社会保障卡挂失与解挂", List.of(u));
        assertItem(item(b, 5), 5, "1.10.7", "社会保障卡补领、换领、换发", List.of(u));
    }

    /** A value the document does not print as it stands: the code of 职工参保登记 in bundles 4 and 6. */
    @SuppressWarnings("unchecked")
    private static void assertInferred(Map<String, Object> item, String field, String printed) {
        Map<String, Object> inferred = (Map<String, Object>) item.get("inferred");
        assertEquals(Set.of(field), inferred.keySet(), "inferred of " + item.get("name"));
        assertTrue(((String) inferred.get(field)).contains(printed), inferred.toString());
    }

    /** No 含… stays in an item name; the only inferred values of the document are the two codes of 职工参保登记. */
    @Test
    void namesWithoutIncludesAndOnlyTwoInferredCodes() throws IOException {
        List<String> inferred = new ArrayList<>();
        for (Map<String, Object> b : list(load("one-things.yaml"), "bundles")) {
            assertNull(b.get("inferred"), "bundle " + b.get("seq"));
            for (Map<String, Object> i : list(b, "items")) {
                assertFalse(((String) i.get("name")).contains("含"), "含… of " + i.get("name") + " belongs in includes");
                if (i.get("inferred") != null) {
                    inferred.add(b.get("seq") + "." + i.get("seq"));
                }
            }
        }
        assertEquals(List.of("4.13", "6.10"), inferred);
        for (Map<String, Object> e : list(load("accelerated.yaml"), "entries")) {
            assertNull(e.get("inferred"), "提速办 row " + e.get("seq") + " prints every value");
        }
    }

    // ---------------------------------------------------------------- 附件2 提速办

    @Test
    void acceleratedHeaderAndCount() throws IOException {
        Map<String, Object> d = load("accelerated.yaml");
        assertEquals("list", d.get("kind"));
        assertEquals("accelerated", d.get("id"));
        assertEquals("白银市白银区人社“提速办”服务事项清单", d.get("title"));
        assertEquals("提速办", d.get("type"));
        assertEquals(List.of("序号", "事项名称", "当前规定的办结时限", "提速后办结时限", "承办单位"), d.get("columns"));
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) d.get("document");
        assertEquals("附件2", doc.get("annex"));
        List<Map<String, Object>> entries = list(d, "entries");
        assertEquals(25, entries.size());
        Set<Object> seqs = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).get("seq"));
            assertTrue(seqs.add(entries.get(i).get("seq")));
            assertTrue(entries.get(i).get("limitBefore") != null, "limitBefore of row " + (i + 1));
            assertTrue(entries.get(i).get("limitAfter") != null, "limitAfter of row " + (i + 1));
        }
    }

    @Test
    void acceleratedRows() throws IOException {
        assertEntry(entry(1), 1, "1.6.1", "正常退休（职）申请", "无", "即时办结", List.of("社保中心"));
        assertEntry(entry(2), 2, "1.6.10", "城镇职工基本养老保险关系转移接续申请", "45个工作日", "15个工作日",
                List.of("社保中心"));
        assertEntry(entry(4), 4, "1.7.4", "工伤认定申请", "由社保股受理工伤认定申请，按规定向上级部门提交相关申请材料。", "未提速",
                List.of("社保股"));
        assertEntry(entry(5), 5, null,
                "劳动能力鉴定申请（含1.7.5劳动能力鉴定申请、1.7.6劳动能力再次鉴定申请、1.7.7劳动能力复查鉴定申请）",
                "由社保股受理工伤认定申请，按规定向上级部门提交相关申请材料。", "未提速", List.of("社保股"));
        assertEntry(entry(6), 6, "1.8.1", "失业保险金申领", "自受理失业人员领取失业保险金申请之日起10日内，对申领者的资格进行审核认定。",
                "即时办结", List.of("社保中心"));
        assertEntry(entry(7), 7, "1.8.9", "稳岗返还（稳岗补贴）申领", "自企业申请到审核通过，最长不得超过3个月", "20个工作日",
                List.of("社保中心"));
        assertEntry(entry(9), 9, "1.10.1", "社会保障卡申领", "批量制发30个工作日；零星制发5个工作日。",
                "批量制发30个工作日；5月底全面实现零星制发卡群众补换卡“立等可取”", List.of("社保中心"));
        assertEntry(entry(11), 11, "2.4.2", "就业登记", "10个工作日", "5个工作日", List.of("就业服务中心"));
        // after the page break
        assertEntry(entry(12), 12, "2.4.3", "《就业创业证》申领", "7个工作日", "未提速", List.of("就业服务中心"));
        assertEntry(entry(13), 13, "2.5.1", "创业补贴申领", "无", "提速后15个工作日内办结。", List.of("就业服务中心"));
        assertEntry(entry(14), 14, "2.5.2", "创业担保贷款申请", "无", "15个工作日", List.of("就业服务中心"));
        assertEntry(entry(17), 17, "2.6.4", "求职创业补贴申领（就业困难人员）", "无", "未办理", List.of());
        assertEntry(entry(18), 18, "2.7.1", "高等学校等毕业生接收手续办理", "无", "办理高校毕业生档案接转手续时，对符合条件的即时办结。",
                List.of("人才交流股"));
        assertEntry(entry(19), 19, "2.7.2", "就业见习补贴申领", "无", "按季度发放，季后10个工作日内办结。", List.of("就业服务中心"));
        assertEntry(entry(20), 20, "2.7.3", "求职创业补贴申领（高校毕业生）", "无", "自收到上级部门审核批复后5个工作日内办结。",
                List.of("人才交流股"));
        assertEntry(entry(22), 22, "3.3.2", "事业单位公开招聘方案、招聘信息审核备案", "无",
                "事业单位聘用高层次和急需紧缺人才，公开招聘方案在5个工作日内备案；事业单位聘用非高层次、非急需紧缺人才，公开招聘方案备案在5个工作日内完成。",
                List.of("事业管理股", "人才交流股"));
        assertEntry(entry(23), 23, "3.3.3", "事业单位拟聘人员备案", "无",
                "事业单位聘用高层次和急需紧缺人才，聘用结果备案在5个工作日内完成；事业单位聘用非高层次、非急需紧缺人才聘用结果备案在5个工作日内完成。",
                List.of("事业管理股"));
        assertEntry(entry(24), 24, "3.4.7", "存档人员党员组织关系的接转", "无", "即时办结", List.of("人才交流股"));
        assertEntry(entry(25), 25, "3.5.2", "遗失技能人员职业资格证书补发申请", "无", "未办理", List.of());
    }

    @Test
    void acceleratedNotAccelerated() throws IOException {
        List<Integer> notAccelerated = new ArrayList<>();
        for (Map<String, Object> e : list(load("accelerated.yaml"), "entries")) {
            if ("未提速".equals(e.get("limitAfter"))) {
                notAccelerated.add((Integer) e.get("seq"));
            }
        }
        assertEquals(List.of(4, 5, 8, 10, 12, 15, 16, 21), notAccelerated);
    }
}
