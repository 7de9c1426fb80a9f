package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the data of the platform's core item catalogue ({@code /catalogue/core-items.yaml})
 * against the seed documents: every national code printed in document 003 (白银区, annexes 1 and 2),
 * their names, the variant wordings of documents 000, 002 and 004, and the uniqueness rules of the
 * catalogue format (names and aliases compared without spaces, （） equal to ()).
 */
class CoreCatalogueDataTest {

    private static final String RESOURCE = "/catalogue/core-items.yaml";
    private static final Pattern CODE = Pattern.compile("\\d+(\\.\\d+)+");
    private static final Set<String> ITEM_KEYS = Set.of("code", "name", "aliases", "category", "applicants");
    private static final Set<String> CATEGORIES = Set.of("业务办理类", "查询、打印类");
    private static final Set<String> APPLICANTS = Set.of("个人", "法人", "单位");

    /** Every national item code printed in document 003 (annexes 1 and 2), typed from the document. */
    private static final Set<String> CODES_IN_003 = Set.of(
            "1.1.1", "1.1.5",
            "1.2.3", "1.2.4",
            "1.3.1", "1.3.5",
            "1.4.1",
            "1.6.1", "1.6.3", "1.6.6", "1.6.8", "1.6.10", "1.6.13", "1.6.14", "1.6.15", "1.6.16",
            "1.7.2", "1.7.3", "1.7.4", "1.7.5", "1.7.6", "1.7.7", "1.7.13", "1.7.21", "1.7.22", "1.7.23",
            "1.7.27", "1.7.28", "1.7.29",
            "1.8.1", "1.8.3", "1.8.6", "1.8.7", "1.8.8", "1.8.9", "1.8.10",
            "1.10.1", "1.10.2", "1.10.5", "1.10.6", "1.10.7", "1.10.8",
            "2.1.1", "2.1.2",
            "2.2.1", "2.2.2", "2.2.3",
            "2.3.1",
            "2.4.1", "2.4.2", "2.4.3",
            "2.5.1", "2.5.2",
            "2.6.1", "2.6.2", "2.6.4",
            "2.7.1", "2.7.2", "2.7.3", "2.7.4",
            "3.3.2", "3.3.3",
            "3.4.1", "3.4.7",
            "3.5.2",
            "4.1.1");

    /** Names as document 003 prints them (stray spaces and OCR noise 髙/遺/中请 removed). */
    private static final Map<String, String> NAMES_IN_003 = Map.ofEntries(
            Map.entry("1.1.1", "企业社会保险登记"),
            Map.entry("1.1.5", "职工参保登记"),
            Map.entry("1.2.3", "养老保险待遇发放账户维护申请"),
            Map.entry("1.3.1", "缴费人员增减申报"),
            Map.entry("1.6.1", "职工正常退休（职）申请"),
            Map.entry("1.6.8", "遗属待遇申领（养老保险）"),
            Map.entry("1.6.10", "城镇职工基本养老保险关系转移接续申请"),
            Map.entry("1.6.13", "机关事业单位基本养老保险与城镇企业职工基本养老保险互转申请"),
            Map.entry("1.6.14", "城镇职工基本养老保险与城乡居民基本养老保险制度衔接申请"),
            Map.entry("1.6.15", "军地养老保险关系转移接续申请"),
            Map.entry("1.7.13", "异地工伤就医报告"),
            Map.entry("1.7.21", "工伤医疗（康复）费用申报"),
            Map.entry("1.7.23", "统筹地区以外交通、食宿费申领"),
            Map.entry("1.8.8", "失业保险关系转移接续"),
            Map.entry("1.8.9", "稳岗返还（稳岗补贴）申领"),
            Map.entry("1.8.10", "技能提升补贴申领（失业保险服务）"),
            Map.entry("1.10.1", "社会保障卡申领"),
            Map.entry("1.10.2", "社会保障卡启用（含社会保障卡银行账户激活）"),
            Map.entry("1.10.5", "社会保障卡密码修改与重置"),
            Map.entry("1.10.6", "社会保障卡挂失与解挂"),
            Map.entry("1.10.7", "社会保障卡补领、换领、换发"),
            Map.entry("1.10.8", "社会保障卡注销"),
            Map.entry("2.1.2", "职业供求信息、市场工资指导价位信息和职业培训信息发布"),
            Map.entry("2.4.2", "就业登记"),
            Map.entry("2.4.3", "《就业创业证》申领"),
            Map.entry("2.6.4", "求职创业补贴申领（就业困难人员）"),
            Map.entry("2.7.1", "高等学校等毕业生接收手续办理"),
            Map.entry("2.7.3", "求职创业补贴申领（高校毕业生）"),
            Map.entry("3.3.2", "事业单位公开招聘方案、招聘信息审核备案"),
            Map.entry("3.4.1", "档案的接收和转递（流动人员）"),
            Map.entry("3.4.7", "存档人员党员组织关系的接转"),
            Map.entry("3.5.2", "遗失技能人员职业资格证书补发申请"),
            Map.entry("4.1.1", "劳动用工备案"));

    /** Variant wording used by a document → canonical name of the same item. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            // 000 annex 7 全市通办 vs annexes 5, 6, 8
            Map.entry("城乡居保参保信息查询", "城乡居民养老保险参保信息查询"),
            Map.entry("城乡居保缴费信息查询", "城乡居民养老保险缴费信息查询"),
            Map.entry("城乡居保个人权益查询打印", "城乡居民养老保险个人权益查询打印"),
            Map.entry("城乡居保参保登记", "城乡居民养老保险参保登记"),
            // 004 annex 1 vs 000 annexes 5, 6
            Map.entry("社会保障卡挂失和解挂", "社会保障卡挂失与解挂"),
            Map.entry("城乡居民养老保险待遇恢复申请", "恢复城乡居民养老保险待遇申请"),
            Map.entry("城乡居民养老保险待遇申领", "城乡居民养老保险待遇申请"),
            Map.entry("制度内转移申请", "城乡居民养老保险制度内转移"),
            Map.entry("职工养老保险待遇资格认证", "企业职工养老保险待遇资格认证"),
            Map.entry("社会保障卡启用", "社会保障卡启用（含社会保障卡银行账户激活）"),
            // 004 annex 2 机关保 = 机关事业单位养老保险
            Map.entry("机关保退休人员养老金调整明细表打印", "机关事业单位退休人员养老金调整明细表打印"),
            Map.entry("机关保养老待遇信息查询", "机关事业单位养老保险养老待遇信息查询"),
            // 000 annex 4
            Map.entry("社保卡申领", "社会保障卡申领"),
            Map.entry("遗属待遇申领", "遗属待遇申领（养老保险）"),
            // 000 annexes 5-8 (Huangshan) vs 003 (Baiyin)
            Map.entry("城镇职工基本养老保险关系转移接续", "城镇职工基本养老保险关系转移接续申请"),
            Map.entry("技能提升补贴申领", "技能提升补贴申领（失业保险服务）"),
            // 003 annex 2 vs annex 1
            Map.entry("正常退休（职）申请", "职工正常退休（职）申请"),
            // 002
            Map.entry("社会保障卡补领换领换发", "社会保障卡补领、换领、换发"),
            Map.entry("社会保障卡挂失解挂", "社会保障卡挂失与解挂"),
            Map.entry("养老保险待遇发放账号维护申请", "养老保险待遇发放账户维护申请"),
            // 000 annex 5 (with （月度、年度）) vs annexes 6, 8
            Map.entry("社会保险个人参保信息查询打印", "社会保险个人参保信息查询打印（月度、年度）"));

    /** Items without a national code that two documents or two lists name. */
    private static final List<String> UNCODED = List.of(
            "城乡居民养老保险参保信息查询",
            "城乡居民养老保险缴费信息查询",
            "城乡居民养老保险发放信息查询",
            "城乡居民养老保险待遇测算",
            "城乡居民养老保险注销登记",
            "机关事业单位养老保险关系转移接续",
            "企业退休职工养老保险待遇查询",
            "参保缴费凭证打印",
            "社会保障卡信息变更",
            "社会保障卡应用状态查询",
            "工伤事故备案",
            "（工伤）转诊转院申请确认",
            "失业保险关系跨省转移接续",
            "失业保险待遇支付（发放）信息查询",
            "养老保险关系转移接续",
            "工伤医疗费用申报",
            "一次性及长期待遇申领");

    private static Map<String, Object> catalogue;
    private static List<Map<String, Object>> items;
    /** normalised name or alias → item */
    private static final Map<String, Map<String, Object>> byName = new HashMap<>();
    private static final Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        try (InputStream in = CoreCatalogueDataTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " not on the classpath");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                catalogue = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            }
        }
        items = new ArrayList<>();
        for (Object o : (List<Object>) catalogue.get("items")) {
            assertInstanceOf(Map.class, o, "every item is a mapping");
            Map<String, Object> item = (Map<String, Object>) o;
            items.add(item);
            for (String n : namesOf(item)) {
                byName.putIfAbsent(normalise(n), item);
            }
            if (item.get("code") != null) {
                byCode.putIfAbsent(String.valueOf(item.get("code")), item);
            }
        }
    }

    static String normalise(String name) {
        return name.replaceAll("[\\s\\u3000]", "").replace('（', '(').replace('）', ')');
    }

    @SuppressWarnings("unchecked")
    private static List<String> namesOf(Map<String, Object> item) {
        List<String> names = new ArrayList<>();
        names.add((String) item.get("name"));
        Object aliases = item.get("aliases");
        if (aliases != null) {
            names.addAll((List<String>) aliases);
        }
        return names;
    }

    private static Map<String, Object> resolve(String name) {
        return byName.get(normalise(name));
    }

    @Test
    void header() {
        assertEquals("renshe-catalog/1", catalogue.get("schema"));
        assertEquals("catalogue", catalogue.get("kind"));
        assertEquals("人力资源社会保障公共服务事项（核心目录）", catalogue.get("title"));
        assertEquals(Set.of("schema", "kind", "title", "items"), catalogue.keySet());
    }

    @Test
    void codesAreExactlyThoseOfDocument003() {
        Set<String> codes = new TreeSet<>();
        for (Map<String, Object> item : items) {
            Object code = item.get("code");
            if (code == null) {
                continue;
            }
            assertInstanceOf(String.class, code, "code must be a quoted string: " + code);
            assertTrue(CODE.matcher((String) code).matches(), "code format: " + code);
            assertTrue(codes.add((String) code), "duplicate code " + code);
        }
        assertEquals(66, CODES_IN_003.size());
        assertEquals(new TreeSet<>(CODES_IN_003), codes);
    }

    @Test
    void namesOfCodedItemsAsPrintedIn003() {
        assertTrue(NAMES_IN_003.size() >= 10);
        NAMES_IN_003.forEach((code, name) -> {
            Map<String, Object> item = byCode.get(code);
            assertNotNull(item, "no item " + code);
            assertEquals(name, item.get("name"), "name of " + code);
        });
    }

    @Test
    void aliasesResolveToTheSameItem() {
        assertTrue(ALIASES.size() >= 8);
        ALIASES.forEach((alias, canonical) -> {
            Map<String, Object> item = resolve(canonical);
            assertNotNull(item, "no item named " + canonical);
            assertEquals(canonical, item.get("name"), canonical + " must be the canonical name");
            assertTrue(namesOf(item).subList(1, namesOf(item).size()).contains(alias),
                    alias + " must be an alias of " + canonical);
            assertEquals(item, resolve(alias), alias);
        });
        // an alias through normalisation (half-width brackets, stray spaces as in the PDF text)
        assertEquals(byCode.get("1.6.1"), resolve("正常退休(职)申请"));
        assertEquals(byCode.get("1.6.10"), resolve("城镇职工基本养老保险 关系转移接续申请"));
        assertEquals(byCode.get("1.10.1"), resolve("社保卡申领"));
        assertEquals(byCode.get("1.10.6"), resolve("社会保障卡挂失和解挂"));
    }

    @Test
    void uncodedItemsShared() {
        for (String name : UNCODED) {
            Map<String, Object> item = resolve(name);
            assertNotNull(item, "no item " + name);
            assertEquals(name, item.get("name"));
            assertNull(item.get("code"), name + " has no code in the seeds");
        }
    }

    @Test
    void differentItemsAreNotMerged() {
        assertNotEquals(byCode.get("2.6.4"), byCode.get("2.7.3"));
        assertEquals(byCode.get("2.7.3"), resolve("求职创业补贴申领"));
        assertNotEquals(byCode.get("1.8.8"), resolve("失业保险关系跨省转移接续"));
        assertNotEquals(byCode.get("1.6.14"), resolve("城乡居民养老保险跨制度衔接"));
        assertNotEquals(byCode.get("1.6.10"), resolve("养老保险关系转移接续"));
        assertNotEquals(byCode.get("1.3.1"), resolve("企业缴费人员增员申报"));
        assertNotEquals(resolve("企业缴费人员增员申报"), resolve("企业缴费人员增员申报（灵活就业人员）"));
        assertNotEquals(byCode.get("2.5.1"), resolve("领金人员创业补贴申领"));
        assertNull(resolve("职工参保登记（基本医疗保险）"), "the 医保 item is not a 人社 catalogue item");
    }

    @Test
    void namesAndAliasesUniqueAfterNormalisation() {
        Map<String, String> seen = new HashMap<>();
        for (Map<String, Object> item : items) {
            for (String n : namesOf(item)) {
                assertNotNull(n);
                assertFalse(n.isBlank(), "blank name or alias");
                String previous = seen.put(normalise(n), (String) item.get("name"));
                if (previous != null) {
                    fail("'" + n + "' of '" + item.get("name") + "' clashes with '" + previous + "'");
                }
            }
        }
    }

    @Test
    void itemShapeAndVocabulary() {
        for (Map<String, Object> item : items) {
            Object name = item.get("name");
            assertInstanceOf(String.class, name);
            assertTrue(ITEM_KEYS.containsAll(item.keySet()), "unknown field in " + name + ": " + item.keySet());
            assertInstanceOf(List.class, item.get("aliases"), "aliases of " + name);
            for (String n : namesOf(item)) {
                assertFalse(n.matches(".*[\\s\\u3000].*"), "stray space in " + n);
                assertFalse(n.contains("髙") || n.contains("遺") || n.contains("中请"), "OCR noise in " + n);
                assertFalse(n.matches("^[0-9.\\s]+.*") && !n.startsWith("2022"), "code left in name " + n);
            }
            Object category = item.get("category");
            if (category != null) {
                assertTrue(CATEGORIES.contains(category), "category of " + name + ": " + category);
            }
            Object applicants = item.get("applicants");
            if (applicants != null) {
                assertInstanceOf(List.class, applicants);
                assertFalse(((List<?>) applicants).isEmpty());
                assertTrue(APPLICANTS.containsAll((List<?>) applicants), "applicants of " + name);
            }
        }
        assertEquals("业务办理类", byCode.get("1.10.1").get("category"));
        assertEquals(List.of("个人"), byCode.get("1.10.1").get("applicants"));
        assertEquals("查询、打印类", resolve("社会保障卡应用状态查询").get("category"));
        assertEquals(List.of("法人"), resolve("机关事业单位养老保险养老待遇信息查询").get("applicants"));
        assertEquals(List.of("单位"), resolve("机关事业单位养老保险缴费信息查询").get("applicants"));
    }
}
