package io.renshe.jurisdiction.huangshan;

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
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The catalog of 黄山市 transcribed from 黄人社秘〔2022〕334号. Every expected value below is typed from the
 * document, never read from the data files.
 */
class HuangshanCatalogTest {

    private static final Path CATALOG = Paths.get("target", "classes", "CATALOG-INF");
    private static final String NUMBER = "黄人社秘〔2022〕334号";
    private static final String TITLE = "关于印发《“利企便民优环境 人社服务再升级”行动实施方案》的通知";
    private static final List<String> NONG = List.of("农村社会保险科", "各区县城乡居保经办机构");
    private static final Set<String> CHANNELS = Set.of("window", "bank", "community", "village", "online", "onsite");
    /** the files of this document (card-one-thing.yaml comes from another document). */
    private static final List<String> MY_FILES = List.of("nearby.yaml", "community.yaml", "citywide.yaml",
            "online.yaml", "one-things.yaml", "cross-department.yaml", "integrated-window.yaml");

    // ---------------------------------------------------------------- helpers

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) {
        try (Reader r = Files.newBufferedReader(CATALOG.resolve(file), StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml().load(r);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        return (List<String>) v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    private static Map<String, Object> bySeq(List<Map<String, Object>> rows, int seq) {
        return rows.stream().filter(r -> Integer.valueOf(seq).equals(r.get("seq"))).findFirst()
                .orElseThrow(() -> new AssertionError("no seq " + seq));
    }

    private static Map<String, Object> entry(String file, int seq) {
        return bySeq(maps(load(file), "entries"), seq);
    }

    private static void row(String file, int seq, String name, List<String> units, List<String> channels) {
        Map<String, Object> e = entry(file, seq);
        assertEquals(name, e.get("name"), file + " #" + seq + " name");
        assertEquals(units, strings(e, "units"), file + " #" + seq + " units");
        assertEquals(channels, strings(e, "channels"), file + " #" + seq + " channels");
    }

    private static void seqComplete(String what, List<Map<String, Object>> rows, int n) {
        assertEquals(n, rows.size(), what + " count");
        List<Object> seqs = rows.stream().map(r -> r.get("seq")).collect(Collectors.toList());
        List<Object> expected = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            expected.add(i);
        }
        assertEquals(expected, seqs, what + " seq 1.." + n + " unique and complete, in order");
    }

    private static String date(Object d) {
        if (d instanceof Date dd) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            return f.format(dd);
        }
        return String.valueOf(d);
    }

    private static void document(String file, String annex) {
        Map<String, Object> doc = map(load(file), "document");
        assertEquals(NUMBER, doc.get("number"), file);
        assertEquals(TITLE, doc.get("title"), file);
        assertEquals("2022-10-21", date(doc.get("date")), file);
        assertEquals(annex, doc.get("annex"), file);
    }

    private static List<String> catalogFiles() {
        try (Stream<Path> s = Files.list(CATALOG)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> unitRefs(Map<String, Object> d) {
        List<String> refs = new ArrayList<>();
        for (Map<String, Object> e : maps(d, "entries")) {
            refs.addAll(strings(e, "units"));
        }
        for (Map<String, Object> b : maps(d, "bundles")) {
            refs.addAll(strings(b, "lead"));
            refs.addAll(strings(b, "co"));
            for (Map<String, Object> i : maps(b, "items")) {
                refs.addAll(strings(i, "unit"));
            }
        }
        return refs;
    }

    // ---------------------------------------------------------------- jurisdiction and units

    @Test
    void jurisdiction() {
        Map<String, Object> j = load("jurisdiction.yaml");
        assertEquals("renshe-catalog/1", j.get("schema"));
        assertEquals("jurisdiction", j.get("kind"));
        assertEquals("341000", j.get("id"));
        assertEquals("黄山市", j.get("name"));
        assertEquals("city", j.get("level"));
        assertEquals("340000", j.get("parent"));
    }

    @Test
    void unitsDeclaredWithTypesAndAliases() {
        List<Map<String, Object>> units = maps(load("jurisdiction.yaml"), "units");
        Set<String> names = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        for (Map<String, Object> u : units) {
            assertTrue(names.add((String) u.get("name")), "unit name unique: " + u.get("name"));
            assertTrue(Set.of("section", "center", "office", "external", "agency").contains(u.get("type")),
                    "type of " + u.get("name"));
            if ("external".equals(u.get("type"))) {
                assertTrue(u.get("department") != null, "external unit has a department: " + u.get("name"));
            }
            aliases.addAll(strings(u, "aliases"));
        }
        for (String a : aliases) {
            assertFalse(names.contains(a), "alias is not also a name: " + a);
        }
        // units the document names (body, 附件2-8) and the abbreviations it uses
        for (String n : List.of("局办公室", "驻市政务服务中心人社窗口", "法规科", "养老保险科", "就业科", "农村社会保险科",
                "工伤保险科", "事业单位管理科", "社保局", "人才发展服务局", "征缴中心", "工伤中心", "信息中心",
                "各区县城乡居保经办机构", "黄山市人力资源和社会保障局", "市医保局", "市住房公积金中心", "市税务局",
                "市市场监管局", "市卫生健康委", "市民政局", "市退役军人局")) {
            assertTrue(names.contains(n), "declared: " + n);
        }
        Map<String, Object> nong = units.stream().filter(u -> "农村社会保险科".equals(u.get("name"))).findFirst().get();
        assertEquals(List.of("农保科"), strings(nong, "aliases"));
        assertEquals("section", nong.get("type"));
        Map<String, Object> rc = units.stream().filter(u -> "人才发展服务局".equals(u.get("name"))).findFirst().get();
        assertEquals(List.of("人才发展局"), strings(rc, "aliases"));
        assertEquals("center", rc.get("type"));
        for (String a : List.of("养老科", "工伤科", "各县区城乡居保经办机构", "市人力资源社会保障局")) {
            assertTrue(aliases.contains(a), "alias declared: " + a);
        }
        // 002's “人力资源社会保障信息化综合管理机构” is a kind of body; the document does not say it is 000's 信息中心
        Map<String, Object> info = units.stream().filter(u -> "信息中心".equals(u.get("name"))).findFirst().get();
        assertEquals(List.of(), strings(info, "aliases"));
        assertFalse(aliases.contains("人力资源社会保障信息化综合管理机构"));
        Map<String, Object> yb = units.stream().filter(u -> "市医保局".equals(u.get("name"))).findFirst().get();
        assertEquals("external", yb.get("type"));
        assertEquals("市医保局", yb.get("department"));
    }

    @Test
    void everyReferencedUnitIsDeclared() {
        List<Map<String, Object>> units = maps(load("jurisdiction.yaml"), "units");
        Set<String> names = units.stream().map(u -> (String) u.get("name")).collect(Collectors.toSet());
        Set<String> namesAndAliases = new HashSet<>(names);
        units.forEach(u -> namesAndAliases.addAll(strings(u, "aliases")));
        // every file of the bundle, whoever wrote it: declared under a name or an alias
        for (String f : catalogFiles()) {
            for (String ref : unitRefs(load(f))) {
                assertTrue(namesAndAliases.contains(ref), f + ": undeclared unit " + ref);
            }
        }
        // the files of this document reference units by their declared name
        for (String f : MY_FILES) {
            List<String> refs = unitRefs(load(f));
            for (String ref : refs) {
                assertTrue(names.contains(ref), f + ": unit not referenced by its declared name: " + ref);
            }
        }
    }

    @Test
    void filesAreWellFormed() {
        List<String> files = catalogFiles();
        assertTrue(files.containsAll(List.of("jurisdiction.yaml", "nearby.yaml", "community.yaml", "citywide.yaml",
                "online.yaml", "one-things.yaml", "cross-department.yaml", "integrated-window.yaml")), files.toString());
        Set<String> ids = new HashSet<>();
        int jurisdictions = 0;
        for (String f : files) {
            Map<String, Object> d = load(f);
            assertEquals("renshe-catalog/1", d.get("schema"), f);
            assertTrue(Set.of("jurisdiction", "list", "bundles", "arrangement").contains(d.get("kind")), f);
            if ("jurisdiction".equals(d.get("kind"))) {
                jurisdictions++;
            } else {
                assertTrue(ids.add((String) d.get("id")), "id unique: " + d.get("id"));
                assertTrue(((String) d.get("id")).matches("[a-z0-9-]+"), f);
            }
            for (Map<String, Object> e : maps(d, "entries")) {
                for (String c : strings(e, "channels")) {
                    assertTrue(CHANNELS.contains(c), f + " #" + e.get("seq") + " channel " + c);
                }
            }
        }
        assertEquals(1, jurisdictions);
    }

    @Test
    void documentBlockOnEveryList() {
        document("one-things.yaml", "附件3");
        document("cross-department.yaml", "附件4");
        document("nearby.yaml", "附件5");
        document("community.yaml", "附件6");
        document("citywide.yaml", "附件7");
        document("online.yaml", "附件8");
        document("integrated-window.yaml", "附件2");
    }

    // ---------------------------------------------------------------- 附件5 就近办

    @Test
    void nearby() {
        Map<String, Object> d = load("nearby.yaml");
        assertEquals("list", d.get("kind"));
        assertEquals("nearby", d.get("id"));
        assertEquals("“就近办”清单", d.get("title"));
        assertEquals("就近办", d.get("type"));
        assertEquals(List.of("序号", "事项名称", "职能单位", "合作银行网点办", "社区窗口办", "线上办"), strings(d, "columns"));
        seqComplete("就近办", maps(d, "entries"), 54);
        String f = "nearby.yaml";
        row(f, 1, "城乡居民养老保险参保信息查询", NONG, List.of("bank", "community", "online"));
        row(f, 5, "城乡居民养老保险待遇测算", NONG, List.of("bank", "community"));
        row(f, 9, "城乡居民养老保险关键信息变更", NONG, List.of("community", "online"));
        row(f, 12, "城乡居民养老保险跨制度衔接", NONG, List.of("community"));
        row(f, 14, "恢复城乡居民养老保险待遇申请", NONG, List.of("online"));
        row(f, 15, "机关事业单位养老保险养老待遇信息查询", List.of("社保局"), List.of("bank", "online"));
        row(f, 19, "企业退休职工养老保险待遇查询", List.of("社保局"), List.of("bank", "community", "online"));
        row(f, 20, "企业职工退休审批表打印", List.of("社保局"), List.of("bank"));
        row(f, 23, "参保缴费凭证打印", List.of("征缴中心"), List.of("bank"));
        row(f, 24, "社会保险个人参保信息查询打印（月度、年度）", List.of("征缴中心"), List.of("bank", "online"));
        row(f, 30, "城镇职工基本养老保险关系转移接续", List.of("征缴中心"), List.of("online"));
        row(f, 32, "企业缴费人员增员申报（灵活就业人员）", List.of("征缴中心"), List.of("community"));
        row(f, 34, "社会保障卡密码修改与重置", List.of("信息中心"), List.of("bank"));
        row(f, 35, "社会保障卡申领", List.of("信息中心"), List.of("bank")); // after the page break
        row(f, 37, "社会保障卡应用状态查询", List.of("信息中心"), List.of("bank", "online"));
        row(f, 41, "工伤事故备案", List.of("工伤保险科"), List.of("online"));
        row(f, 42, "(工伤)转诊转院申请确认", List.of("工伤中心"), List.of("online"));
        row(f, 44, "异地工伤就医报告", List.of("工伤中心"), List.of("online"));
        row(f, 45, "失业保险金申领", List.of("人才发展服务局"), List.of("online"));
        row(f, 50, "技能提升补贴账户维护申请", List.of("人才发展服务局"), List.of("online"));
        row(f, 53, "失业保险待遇支付(发放)信息查询", List.of("人才发展服务局"), List.of("online"));
        row(f, 54, "失业保险关系转移进度查询", List.of("人才发展服务局"), List.of("online"));
        // tick totals per column, counted on the printed table
        List<Map<String, Object>> es = maps(d, "entries");
        assertEquals(31, es.stream().filter(e -> strings(e, "channels").contains("bank")).count(), "bank ticks");
        assertEquals(17, es.stream().filter(e -> strings(e, "channels").contains("community")).count(), "community ticks");
        assertEquals(36, es.stream().filter(e -> strings(e, "channels").contains("online")).count(), "online ticks");
    }

    // ---------------------------------------------------------------- 附件6 社区办

    @Test
    void community() {
        Map<String, Object> d = load("community.yaml");
        assertEquals("community", d.get("id"));
        assertEquals("“社区办”清单", d.get("title"));
        assertEquals("社区办", d.get("type"));
        assertEquals(List.of("序号", "事项名称", "职能单位", "社区窗口", "线上办"), strings(d, "columns"));
        seqComplete("社区办", maps(d, "entries"), 33);
        String f = "community.yaml";
        row(f, 1, "城乡居民养老保险参保信息查询", NONG, List.of("community", "online"));
        row(f, 4, "城乡居民养老保险个人权益查询打印", NONG, List.of("community"));
        row(f, 14, "恢复城乡居民养老保险待遇申请", NONG, List.of("community", "online"));
        row(f, 15, "城镇职工基本养老保险关系转移接续", List.of("征缴中心"), List.of("online"));
        row(f, 17, "机关事业单位基本养老保险与城镇企业职工基本养老保险制度衔接", List.of("征缴中心"), List.of("online"));
        row(f, 21, "社会保险个人参保信息查询打印", List.of("征缴中心"), List.of("online"));
        row(f, 23, "企业缴费人员减员申报（灵活就业人员）", List.of("征缴中心"), List.of("community"));
        row(f, 26, "企业职工养老保险待遇资格认证", List.of("社保局"), List.of("online"));
        row(f, 27, "社会保障卡应用状态查询", List.of("信息中心"), List.of("online"));
        row(f, 28, "工伤事故备案", List.of("工伤保险科"), List.of("online"));
        row(f, 29, "（工伤）转诊转院申请确认", List.of("工伤中心"), List.of("online"));
        row(f, 31, "异地工伤就医报告", List.of("工伤中心"), List.of("online"));
        row(f, 32, "就业登记", List.of("人才发展服务局"), List.of("community", "online"));
        row(f, 33, "失业登记", List.of("人才发展服务局"), List.of("community", "online"));
        List<Map<String, Object>> es = maps(d, "entries");
        assertEquals(18, es.stream().filter(e -> strings(e, "channels").contains("community")).count(), "community ticks");
        assertEquals(27, es.stream().filter(e -> strings(e, "channels").contains("online")).count(), "online ticks");
    }

    // ---------------------------------------------------------------- 附件7 全市通办

    private static void cityRow(int seq, String name, List<String> units, List<String> channels, String limit) {
        row("citywide.yaml", seq, name, units, channels);
        assertEquals(limit, entry("citywide.yaml", seq).get("limit"), "全市通办 #" + seq + " limit");
    }

    @Test
    void citywide() {
        Map<String, Object> d = load("citywide.yaml");
        assertEquals("citywide", d.get("id"));
        assertEquals("“全市通办”清单", d.get("title"));
        assertEquals("全市通办", d.get("type"));
        assertEquals(List.of("序号", "事项名称", "职能单位", "合作银行网点办", "线上办", "办结时限"), strings(d, "columns"));
        seqComplete("全市通办", maps(d, "entries"), 25);
        List<String> bo = List.of("bank", "online");
        cityRow(1, "城乡居保参保信息查询", NONG, bo, "即办");
        cityRow(7, "城乡居保参保登记", NONG, bo, "即办");
        cityRow(8, "城乡居民养老保险待遇申请", NONG, bo, "即办");
        cityRow(9, "机关事业单位养老保险养老待遇信息查询", List.of("社保局"), bo, "即办");
        cityRow(12, "机关事业单位退休人员养老金调整明细表打印", List.of("社保局"), bo, "即办"); // after the page break
        cityRow(15, "养老金证明打印", List.of("社保局"), bo, "即办");
        cityRow(16, "参保缴费凭证打印", List.of("征缴中心"), bo, "即办");
        cityRow(19, "机关事业单位养老保险个人权益记录查询打印", List.of("征缴中心"), bo, "即办");
        cityRow(22, "城镇职工基本养老保险关系转移接续", List.of("征缴中心"), List.of("online"), "15个工作日");
        cityRow(23, "机关事业单位养老保险缴费信息查询", List.of("征缴中心"), bo, "即办");
        cityRow(24, "社会保障卡挂失与解挂", List.of("信息中心"), bo, "即时办结");
        cityRow(25, "社会保障卡密码修改与重置", List.of("信息中心"), bo, "即时办结");
        for (Map<String, Object> e : maps(d, "entries")) {
            assertTrue(e.get("limit") != null, "every 全市通办 row has a limit: #" + e.get("seq"));
        }
    }

    // ---------------------------------------------------------------- 附件8 线上办

    private static void onlineRow(int seq, String name, List<String> units, String url, String email,
            List<String> apps, String applicant) {
        onlineRowWithAddresses(seq, name, units, url == null ? List.of() : List.of(url), email, apps, applicant);
    }

    @SuppressWarnings("unchecked")
    private static void onlineRowWithAddresses(int seq, String name, List<String> units, List<String> urls, String email,
            List<String> apps, String applicant) {
        Map<String, Object> e = entry("online.yaml", seq);
        assertEquals(name, e.get("name"), "线上办 #" + seq);
        assertEquals(units, strings(e, "units"), "线上办 #" + seq + " units");
        assertEquals(List.of("online"), strings(e, "channels"), "线上办 #" + seq + " channels");
        Map<String, Object> o = (Map<String, Object>) e.get("online");
        assertEquals(urls, strings(o, "url"), "线上办 #" + seq + " url");
        assertEquals(email, o.get("email"), "线上办 #" + seq + " email");
        assertEquals(apps, strings(o, "apps"), "线上办 #" + seq + " apps");
        assertEquals(List.of(applicant), strings(e, "applicants"), "线上办 #" + seq + " 申请主体");
    }

    @Test
    void online() {
        Map<String, Object> d = load("online.yaml");
        assertEquals("online", d.get("id"));
        assertEquals("“线上办”清单", d.get("title"));
        assertEquals("线上办", d.get("type"));
        assertEquals(List.of("序号", "事项名称", "职能单位", "网址（邮箱）", "APP", "申请主体"), strings(d, "columns"));
        seqComplete("线上办", maps(d, "entries"), 67);
        String ggfw = "http://hrss.ah.gov.cn/ggfwwt/";
        onlineRow(1, "城乡居民养老保险参保信息查询", NONG, null, null, List.of("皖事通"), "个人");
        onlineRow(10, "恢复城乡居民养老保险待遇申请", NONG, null, null, List.of("皖事通"), "个人");
        onlineRow(11, "机关事业单位养老保险养老待遇信息查询", List.of("社保局"), ggfw, null, List.of(), "法人");
        onlineRow(13, "机关事业单位退休人员养老金计发表打印", List.of("社保局"), ggfw, null, List.of(), "法人");
        onlineRow(21, "企业退休职工养老保险待遇查询", List.of("社保局"), null, null, List.of("皖事通"), "个人");
        onlineRow(23, "企业缴费人员增员申报", List.of("征缴中心"), "http://61.190.31.166:10005/wxsb_szw/index.shtml",
                null, List.of(), "法人");
        onlineRow(26, "建筑施工项目工期变更", List.of("征缴中心"), "http://61.190.31.166:10005/wxsb_szw/index.shtml",
                null, List.of(), "法人");
        onlineRow(27, "灵活就业人员参保缴费", List.of("征缴中心"),
                "http://si.12333.gov.cn/index.jhtml?ret_url=http%3A%2F%2Fsi.12333.gov.cn%3A80%2F", null, List.of(), "个人");
        onlineRow(28, "城镇职工基本养老保险关系转移接续", List.of("征缴中心"), "http://si.12333.gov.cn/index.jhtml", null,
                List.of("支付宝", "微信", "皖事通", "掌上12333"), "个人");
        onlineRow(31, "企业职工基本养老保险个人账户单打印", List.of("征缴中心"), "http://hrss.ah.gov.cn/", null,
                List.of("支付宝"), "个人");
        onlineRow(34, "机关事业单位养老保险缴费信息查询", List.of("征缴中心"),
                "http://61.190.31.166:10005/wxs_sb_szw/index.shtml", null, List.of(), "单位");
        onlineRow(38, "参保缴费凭证打印", List.of("征缴中心"), null, null, List.of("掌上12333", "支付宝", "微信", "皖事通"), "个人");
        onlineRow(39, "社会保险个人参保信息查询打印", List.of("征缴中心"), "http://61.190.31.166:10005/wxs_sb_szw/index.shtml",
                null, List.of("皖事通"), "个人");
        onlineRow(41, "社会保障卡补领、换领、换发", List.of("信息中心"), "http://hs.ahzfwf.gov.cn/", null, List.of(), "个人");
        onlineRow(45, "工伤事故备案", List.of("工伤保险科"), "http://61.190.31.166:10005/wxsbsz_w/index.shtml",
                "hssrsjgsbxk@163.com", List.of(), "法人");
        onlineRow(46, "（工伤）转诊转院申请确认", List.of("工伤中心"), "https://www.ahzfwf.gov.cn/", null, List.of(), "个人");
        onlineRow(50, "失业保险金账户维护申请", List.of("人才发展服务局"), ggfw, null, List.of(), "个人");
        onlineRow(53, "失业补助金账户维护申请", List.of("人才发展服务局"), ggfw, null, List.of(), "个人");
        // rows 49 and 52 print two addresses in the 网址（邮箱） cell: “http://si.12333.gov.cn 、 http://hrss.ah.gov.cn/ggfwwt/”
        List<String> two = List.of("http://si.12333.gov.cn", ggfw);
        onlineRowWithAddresses(49, "失业保险金申领", List.of("人才发展服务局"), two, null, List.of("微信", "支付宝"), "个人");
        onlineRowWithAddresses(52, "失业补助金申领", List.of("人才发展服务局"), two, null, List.of("微信", "支付宝"), "个人");
        assertNull(entry("online.yaml", 49).get("remarks"), "线上办 prints no 备注");
        assertNull(entry("online.yaml", 52).get("remarks"), "线上办 prints no 备注");
        onlineRow(51, "生育补助费申领", List.of("人才发展服务局"), ggfw, null, List.of(), "个人");
        onlineRow(54, "技能提升补贴申领", List.of("人才发展服务局"), ggfw, null, List.of(), "个人"); // after the page break
        onlineRow(58, "领金人员创业成功补贴申领", List.of("人才发展服务局"), ggfw, null, List.of(), "法人");
        onlineRow(59, "2022年失业保险稳岗返还", List.of("人才发展服务局"), ggfw, null, List.of(), "法人");
        onlineRow(63, "失业保险关系转移进度查询", List.of("人才发展服务局"), "http://si.12333.gov.cn", null, List.of(), "个人");
        onlineRow(65, "失业登记", List.of("人才发展服务局"), "http://ygjy.ah.gov.cn/", null, List.of("掌上12333", "支付宝", "微信"),
                "个人");
        onlineRow(67, "退工备案", List.of("人才发展服务局"), "http://ygjy.ah.gov.cn/", null, List.of(), "法人");
        List<Map<String, Object>> es = maps(d, "entries");
        assertEquals(44, es.stream().filter(e -> strings(e, "applicants").equals(List.of("个人"))).count(), "个人 rows");
        assertEquals(20, es.stream().filter(e -> strings(e, "applicants").equals(List.of("法人"))).count(), "法人 rows");
        assertEquals(3, es.stream().filter(e -> strings(e, "applicants").equals(List.of("单位"))).count(), "单位 rows");
    }

    /** The 网址 column prints three paths on 61.190.31.166:10005; each row keeps its own, as printed. */
    @SuppressWarnings("unchecked")
    @Test
    void theThreePrintedPathsOfTheProvincialAddressAreKeptAsPrinted() {
        String host = "http://61.190.31.166:10005";
        Map<Integer, String> printed = new java.util.TreeMap<>();
        for (int seq : new int[] {23, 24, 25, 26}) {
            printed.put(seq, host + "/wxsb_szw/index.shtml");
        }
        for (int seq : new int[] {34, 36, 37, 39}) {
            printed.put(seq, host + "/wxs_sb_szw/index.shtml");
        }
        printed.put(45, host + "/wxsbsz_w/index.shtml");
        Map<Integer, String> found = new java.util.TreeMap<>();
        for (Map<String, Object> e : maps(load("online.yaml"), "entries")) {
            Map<String, Object> o = (Map<String, Object>) e.get("online");
            for (String url : o == null ? List.<String>of() : strings(o, "url")) {
                if (url.contains("61.190.31.166")) {
                    found.put((Integer) e.get("seq"), url);
                }
            }
        }
        assertEquals(printed, found);
        assertEquals(3, new HashSet<>(found.values()).size(), "three different paths, none made to match the others");
    }

    /**
     * Every value marked inferred in the files of 黄人社秘〔2022〕334号: the blank 职能单位 cell of （工伤）转诊转院申请确认
     * between the 工伤保险科 and 工伤中心 labels, in the three lists that print it. Everything else is stated.
     */
    @SuppressWarnings("unchecked")
    @Test
    void onlyTheUnitOfTheTransferRowIsInferred() {
        Set<String> inferred = new java.util.TreeSet<>();
        for (String f : MY_FILES) {
            Map<String, Object> d = load(f);
            List<Map<String, Object>> elements = new ArrayList<>(maps(d, "entries"));
            for (Map<String, Object> b : maps(d, "bundles")) {
                elements.add(b);
                elements.addAll(maps(b, "items"));
            }
            for (Map<String, Object> e : elements) {
                Map<String, Object> marks = (Map<String, Object>) e.get("inferred");
                if (marks != null) {
                    for (Map.Entry<String, Object> mark : marks.entrySet()) {
                        inferred.add(f + "#" + e.get("seq") + "." + mark.getKey());
                        assertTrue(String.valueOf(mark.getValue()).contains("工伤保险科"), "the reason names the labels");
                    }
                }
            }
        }
        assertEquals(Set.of("community.yaml#29.units", "nearby.yaml#42.units", "online.yaml#46.units"), inferred);
        assertEquals(List.of("工伤中心"), strings(entry("nearby.yaml", 42), "units"));
        assertEquals(List.of("工伤中心"), strings(entry("community.yaml", 29), "units"));
        assertEquals(List.of("工伤中心"), strings(entry("online.yaml", 46), "units"));
    }

    // ---------------------------------------------------------------- 附件3 一件事一次办

    private static List<String> itemNames(Map<String, Object> bundle) {
        return maps(bundle, "items").stream().map(i -> (String) i.get("name")).collect(Collectors.toList());
    }

    @Test
    void oneThings() {
        Map<String, Object> d = load("one-things.yaml");
        assertEquals("bundles", d.get("kind"));
        assertEquals("one-things", d.get("id"));
        assertEquals("“一件事一次办”清单", d.get("title"));
        assertEquals("一件事一次办", d.get("type"));
        assertEquals(Boolean.FALSE, d.get("crossDepartment"));
        List<Map<String, Object>> bs = maps(d, "bundles");
        seqComplete("一件事", bs, 11);
        int[] items = {10, 5, 8, 14, 3, 8, 14, 7, 3, 6, 5};
        String[] names = {"员工录用", "企业与员工解除终止劳动合同", "失业", "高校毕业生就业", "灵活就业", "事业单位招聘工作人员", "创业",
            "企业职工退休", "申领工亡人员有关待遇", "退休人员过世", "申领社会保障卡"};
        for (int i = 0; i < 11; i++) {
            Map<String, Object> b = bySeq(bs, i + 1);
            assertEquals(names[i], b.get("name"));
            seqComplete("一件事 " + names[i] + " items", maps(b, "items"), items[i]);
        }

        Map<String, Object> b1 = bySeq(bs, 1);
        assertEquals(List.of("征缴中心"), strings(b1, "lead"));
        assertEquals(List.of("人才发展服务局", "信息中心"), strings(b1, "co"));
        assertEquals(List.of("职工参保登记", "缴费人员增减申报", "养老保险关系转移接续", "失业保险关系转移接续", "社会保障卡申领", "就业登记",
                "《就业创业证》申领", "高等学校等毕业生接收手续办理", "档案的接收和转递（流动人员）", "劳动用工备案"), itemNames(b1));
        assertEquals(List.of("城镇职工基本养老保险关系转移接续申请", "机关事业单位基本养老保险与城镇企业职工基本养老保险互转申请", "军地养老保险关系转移接续申请"),
                strings(bySeq(maps(b1, "items"), 3), "includes"));
        assertEquals(List.of("1.要同时申报养老保险、工伤保险、失业保险缴费人员增加。", "2.如涉及失业保险金停发，应一并办理。",
                "3.社保经办机构、就业服务机构和劳动用工管理部门要同步人员名单信息。"), strings(b1, "remarks"));

        Map<String, Object> b2 = bySeq(bs, 2);
        assertEquals(List.of("征缴中心"), strings(b2, "lead"));
        assertEquals(List.of("人才发展服务局"), strings(b2, "co"));
        assertEquals(List.of("社保经办机构、就业服务机构和劳动用工管理部门要同步人员名单信息。"), strings(b2, "remarks"));
        assertEquals("社会保险费欠费补缴申报", bySeq(maps(b2, "items"), 3).get("name"));

        Map<String, Object> b3 = bySeq(bs, 3);
        assertEquals(List.of("人才发展服务局"), strings(b3, "lead"));
        assertEquals(List.of(), strings(b3, "co"));
        assertEquals(List.of("1.需失业人员本人办理的事项。", "2.社保经办机构和就业服务机构要同步人员名单信息。"), strings(b3, "remarks"));
        assertEquals("职业培训补贴申领（领金失业人员）", bySeq(maps(b3, "items"), 6).get("name"));
        assertEquals("就业困难人员认定", bySeq(maps(b3, "items"), 8).get("name"));

        Map<String, Object> b4 = bySeq(bs, 4);
        assertEquals(List.of("征缴中心", "信息中心"), strings(b4, "co"));
        assertEquals("职业供求信息、市场工资指导价位信息和职业培训信息发布", bySeq(maps(b4, "items"), 2).get("name"));
        assertEquals("高校毕业生社保补贴申领", bySeq(maps(b4, "items"), 10).get("name"));
        assertEquals("社会保障卡申领", bySeq(maps(b4, "items"), 14).get("name"));
        assertEquals("3.其他劳动者就业，也可参考此场景所列服务事项打包。", strings(b4, "remarks").get(2));

        Map<String, Object> b6 = bySeq(bs, 6);
        assertEquals(List.of("事业单位管理科"), strings(b6, "lead"));
        assertEquals(List.of("人才发展服务局", "信息中心"), strings(b6, "co"));
        assertEquals("事业单位拟聘人员备案", bySeq(maps(b6, "items"), 1).get("name"));
        assertEquals(2, strings(b6, "remarks").size());

        Map<String, Object> b7 = bySeq(bs, 7);
        assertEquals(4, strings(b7, "remarks").size());
        assertEquals("2.企业社会保险登记，按照“多证合一”要求，并入企业新办理工商注册登记环节统一办理。", strings(b7, "remarks").get(1));
        assertEquals("企业社会保险登记", bySeq(maps(b7, "items"), 8).get("name"));
        assertEquals(3, strings(bySeq(maps(b7, "items"), 11), "includes").size());
        assertEquals("劳动用工备案", bySeq(maps(b7, "items"), 14).get("name"));

        Map<String, Object> b8 = bySeq(bs, 8);
        assertEquals(List.of("养老保险科"), strings(b8, "lead"));
        assertEquals(List.of("社保局", "人才发展服务局", "征缴中心"), strings(b8, "co"));
        assertEquals(List.of("城镇职工基本养老保险关系转移接续申请", "机关事业单位基本养老保险与城镇企业职工基本养老保险互转申请",
                "城镇职工基本养老保险与城乡居民基本养老保险制度衔接申请"), strings(bySeq(maps(b8, "items"), 5), "includes"));
        assertEquals("多重养老保险关系个人账户退费", bySeq(maps(b8, "items"), 6).get("name"));
        assertEquals(List.of("如涉及工伤保险待遇补差、失业保险金停发，应一并办理。"), strings(b8, "remarks"));

        Map<String, Object> b9 = bySeq(bs, 9);
        assertEquals(List.of("工伤保险科"), strings(b9, "lead"));
        assertEquals(List.of("工伤中心"), strings(b9, "co"));
        assertEquals(List.of("工伤医疗费用申报", "一次性及长期待遇申领", "工伤保险待遇发放账户维护申请"), itemNames(b9));
        assertEquals(List.of("工伤医疗（康复）费用申报", "住院伙食补助费申领", "统筹地区以外交通、食宿费申领", "异地工伤就医报告"),
                strings(bySeq(maps(b9, "items"), 1), "includes"));
        assertEquals(List.of("一次性工亡补助金（含生活困难，预支50%确认）、丧葬补助金申领", "供养亲属抚恤金申领"),
                strings(bySeq(maps(b9, "items"), 2), "includes"));
        assertEquals(2, strings(b9, "remarks").size());

        Map<String, Object> b10 = bySeq(bs, 10);
        assertEquals(List.of("社保局"), strings(b10, "lead"));
        assertEquals(List.of("信息中心", "工伤中心"), strings(b10, "co"));
        assertEquals(List.of("个人账户一次性待遇申领（养老保险）", "遗属待遇申领（养老保险）", "工伤保险待遇变更", "社会保障卡注销",
                "养老保险待遇发放账户维护申请", "工伤保险待遇发放账户维护申请"), itemNames(b10));
        assertNull(b10.get("remarks"));

        Map<String, Object> b11 = bySeq(bs, 11);
        assertEquals(List.of("信息中心"), strings(b11, "lead"));
        assertEquals(List.of(), strings(b11, "co"));
        assertEquals(List.of("社会保障卡申领", "社会保障卡启用", "社会保障卡密码修改与重置", "社会保障卡挂失与解挂", "社会保障卡补领、换领、换发"),
                itemNames(b11));
        assertEquals(List.of("社会保障卡银行账户激活"), strings(bySeq(maps(b11, "items"), 2), "includes"));
    }

    // ---------------------------------------------------------------- 附件4 跨部门联办

    @Test
    void crossDepartment() {
        Map<String, Object> d = load("cross-department.yaml");
        assertEquals("bundles", d.get("kind"));
        assertEquals("cross-department", d.get("id"));
        assertEquals("“跨部门联办”清单", d.get("title"));
        assertEquals("跨部门联办", d.get("type"));
        assertEquals(Boolean.TRUE, d.get("crossDepartment"));
        List<Map<String, Object>> bs = maps(d, "bundles");
        seqComplete("跨部门联办", bs, 8);
        String rs = "黄山市人力资源和社会保障局"; // printed 市人力资源社会保障局
        Object[][] expected = {
            {"员工录用", List.of(rs), List.of("市医保局", "市住房公积金中心"), List.of("职工参保登记（基本医疗保险）", "个人住房公积金账户设立")},
            {"灵活就业", List.of(rs), List.of("市医保局", "市税务局"), List.of("基本医疗保险参保和变更登记", "灵活就业人员社会保险费申报")},
            {"企业职工退休", List.of(rs), List.of("市医保局", "市住房公积金中心"), List.of("职工参保登记（基本医疗保险）", "提取住房公积金")},
            {"企业开办", List.of("市市场监管局"), List.of(rs), List.of("企业社会保险登记")},
            {"新生儿出生", List.of("市卫生健康委"), List.of(rs), List.of("社会保障卡申领")},
            {"扶残助残", List.of("市民政局"), List.of(rs), List.of("城乡居民基本养老保险补助")},
            {"军人退役", List.of("市退役军人局"), List.of(rs), List.of("军地养老保险关系转移接续申请", "社保卡申领")},
            {"公民身后", List.of("市民政局"), List.of(rs), List.of("个人账户一次性待遇申领（养老保险）", "遗属待遇申领")},
        };
        for (int i = 0; i < expected.length; i++) {
            Map<String, Object> b = bySeq(bs, i + 1);
            assertEquals(expected[i][0], b.get("name"), "联办 #" + (i + 1));
            assertEquals(expected[i][1], strings(b, "lead"), "联办 #" + (i + 1) + " lead");
            assertEquals(expected[i][2], strings(b, "co"), "联办 #" + (i + 1) + " co");
            assertEquals(expected[i][3], itemNames(b), "联办 #" + (i + 1) + " items");
            seqComplete("联办 #" + (i + 1) + " items", maps(b, "items"), ((List<?>) expected[i][3]).size());
        }
        // the source numbers both items of 公民身后 ②
        assertEquals("②个人账户一次性待遇申领（养老保险）", bySeq(maps(bySeq(bs, 8), "items"), 1).get("original"));
        int total = bs.stream().mapToInt(b -> maps(b, "items").size()).sum();
        assertEquals(13, total, "联办事项 in all");
    }

    // ---------------------------------------------------------------- 附件2 综合柜员制

    @Test
    void integratedWindow() {
        Map<String, Object> d = load("integrated-window.yaml");
        assertEquals("arrangement", d.get("kind"));
        assertEquals("integrated-window", d.get("id"));
        assertEquals("综合柜员制改革实施方案", d.get("title"));
        assertEquals("前台综合受理、后台分类审批、综合窗口出件", d.get("summary"));
        List<Map<String, Object>> ws = maps(d, "windows");
        assertEquals(3, ws.size(), "3+1+1: three kinds of window");
        assertEquals("综合受理窗口", ws.get(0).get("name"));
        assertEquals(3, ws.get(0).get("count"));
        assertEquals("跨部门联办窗口", ws.get(1).get("name"));
        assertEquals(1, ws.get(1).get("count"));
        assertEquals("负责人值班窗口", ws.get(2).get("name"));
        assertEquals(1, ws.get(2).get("count"));
        assertEquals(5, ws.stream().mapToInt(w -> (Integer) w.get("count")).sum());
        assertTrue(((String) ws.get(0).get("duties")).startsWith("综合窗口负责统一受理人社政务服务事项"));
        assertEquals("负责人值班窗口由局相关科室和二级机构业务负责人轮流值班，负责处理日常工作和突发事件。", ws.get(2).get("duties"));
        List<String> p = strings(d, "principles");
        assertTrue(p.contains("一窗受理、一窗通办、一次办结"));
        assertTrue(p.contains("前台受理、后台审批、统一反馈"));
        assertTrue(p.contains("引导综合评价"));
        List<String> text = strings(d, "text");
        assertTrue(text.contains("（二）后台分类审批"));
        assertTrue(text.contains("综合窗口在完成政务服务事项办理后，积极引导申请人通过“好差评”系统进行评价，主动接受社会监督，确保每位服务对象都能"
                + "自愿自主真实评价。全面及时准确了解服务对象对人社政务服务的感受和诉求，有针对性地改进服务，促进服务水平持续提高，切实提升企业群众办事体验和服务满意度。"),
                "好差评 paragraph joined across the page break");
        assertTrue(text.stream().anyMatch(t -> t.startsWith("10 月底前为试运行阶段，11 月 1 日正式施行。")), "trial dates");
        assertTrue(text.stream().anyMatch(t -> t.startsWith("整合后政务服务窗口按 3+1+1 模式设置")), "3+1+1");
    }
}
