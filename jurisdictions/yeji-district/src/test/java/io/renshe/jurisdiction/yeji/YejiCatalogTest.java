package io.renshe.jurisdiction.yeji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Checks the Yeji district catalog against 叶集区社会保险村级服务平台 documents (values typed from the document). */
class YejiCatalogTest {

    private static final Path CATALOG = Paths.get("target", "classes", "CATALOG-INF");
    private static final String DOC_TITLE =
            "关于印发《叶集区社会保险村级服务平台服务事项责任清单》《叶集区社会保险第二批次村级服务平台推进事项》的函";
    private static final List<String> LIST_FILES = List.of("village-platform.yaml", "second-batch.yaml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(CATALOG.resolve(file), StandardCharsets.UTF_8)) {
            Object o = new Yaml().load(r);
            assertNotNull(o, file);
            return (Map<String, Object>) o;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> list) {
        return (List<Map<String, Object>>) list.get("entries");
    }

    private static Map<String, Object> entry(Map<String, Object> list, int seq) {
        for (Map<String, Object> e : entries(list)) {
            if (Integer.valueOf(seq).equals(e.get("seq"))) {
                return e;
            }
        }
        throw new AssertionError("no entry seq " + seq);
    }

    @SuppressWarnings("unchecked")
    private static String duty(Map<String, Object> e, String level) {
        Map<String, Object> levels = (Map<String, Object>) e.get("levels");
        Map<String, Object> l = (Map<String, Object>) levels.get(level);
        return l == null ? null : (String) l.get("duty");
    }

    @SuppressWarnings("unchecked")
    private static String role(Map<String, Object> e, String level) {
        Map<String, Object> levels = (Map<String, Object>) e.get("levels");
        return (String) ((Map<String, Object>) levels.get(level)).get("role");
    }

    @Test
    void jurisdiction() throws IOException {
        Map<String, Object> j = load("jurisdiction.yaml");
        assertEquals("renshe-catalog/1", j.get("schema"));
        assertEquals("jurisdiction", j.get("kind"));
        assertEquals("341504", j.get("id"));
        assertEquals("叶集区", j.get("name"));
        assertEquals("district", j.get("level"));
        assertEquals("341500", j.get("parent"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyReferencedUnitIsDeclared() throws IOException {
        Set<String> declared = new HashSet<>();
        for (Map<String, Object> u : (List<Map<String, Object>>) load("jurisdiction.yaml").get("units")) {
            assertTrue(declared.add((String) u.get("name")), "duplicate unit " + u.get("name"));
            assertNotNull(u.get("type"));
            if ("external".equals(u.get("type"))) {
                assertNotNull(u.get("department"), "department of " + u.get("name"));
            }
            if (u.get("aliases") != null) {
                declared.addAll((List<String>) u.get("aliases"));
            }
        }
        assertTrue(declared.containsAll(List.of("征缴中心", "养老中心", "居保中心", "工伤中心", "信息中心", "就业中心")));
        int refs = 0;
        for (String f : LIST_FILES) {
            for (Map<String, Object> e : entries(load(f))) {
                List<String> units = (List<String>) e.get("units");
                assertFalse(units == null || units.isEmpty(), f + " seq " + e.get("seq") + " has no unit");
                for (String u : units) {
                    assertTrue(declared.contains(u), f + ": undeclared unit " + u);
                    refs++;
                }
            }
        }
        assertEquals(18 + 26, refs);
    }

    @Test
    void seqNumbersUniqueAndComplete() throws IOException {
        Map<String, Integer> expected = Map.of("village-platform.yaml", 18, "second-batch.yaml", 26);
        for (String f : LIST_FILES) {
            List<Integer> seqs = new ArrayList<>();
            for (Map<String, Object> e : entries(load(f))) {
                seqs.add((Integer) e.get("seq"));
            }
            int n = expected.get(f);
            assertEquals(n, seqs.size(), f);
            assertEquals(n, new HashSet<>(seqs).size(), f + " duplicate seq");
            for (int i = 1; i <= n; i++) {
                assertTrue(seqs.contains(i), f + " missing seq " + i);
            }
        }
    }

    @Test
    void documentBlocks() throws IOException {
        Map<String, Object> a1 = load("village-platform.yaml");
        Map<String, Object> a2 = load("second-batch.yaml");
        assertEquals("list", a1.get("kind"));
        assertEquals("list", a2.get("kind"));
        assertEquals("village-platform", a1.get("id"));
        assertEquals("second-batch", a2.get("id"));
        assertEquals("六安市叶集区社会保险村级服务平台服务事项责任清单", a1.get("title"));
        assertEquals("社会保险基层服务就近办第二批次推进事项一览表", a2.get("title"));
        assertEquals(List.of("序号", "事项名称", "责任事项", "部门"), a1.get("columns"));
        assertEquals(List.of("经办部门", "序号", "业务种类", "事项名称"), a2.get("columns"));
        String[] annex = {"附件1", "附件2"};
        int i = 0;
        for (Map<String, Object> l : List.of(a1, a2)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> doc = (Map<String, Object>) l.get("document");
            assertEquals(DOC_TITLE, doc.get("title"));
            assertEquals(annex[i++], doc.get("annex"));
            assertNull(doc.get("number"), "the document prints no 文号");
            assertNull(doc.get("date"), "the document prints no date");
        }
    }

    @Test
    void villagePlatformCountsAndUnits() throws IOException {
        Map<String, Object> a1 = load("village-platform.yaml");
        assertEquals(18, entries(a1).size());
        Map<String, Integer> perUnit = new HashMap<>();
        int withVillageDuty = 0;
        for (Map<String, Object> e : entries(a1)) {
            @SuppressWarnings("unchecked")
            List<String> units = (List<String>) e.get("units");
            assertEquals(1, units.size());
            perUnit.merge(units.get(0), 1, Integer::sum);
            assertEquals(List.of("village"), e.get("channels"));
            assertNotNull(duty(e, "district"));
            assertNotNull(duty(e, "town"));
            if (duty(e, "village") != null) {
                withVillageDuty++;
            }
        }
        assertEquals(Map.of("征缴中心", 1, "养老中心", 1, "居保中心", 11, "工伤中心", 1, "信息中心", 4), perUnit);
        assertEquals(17, withVillageDuty, "row 7 has no 村社 duty");
        String[] names = {"缴费人员增（减）员申报（灵活）", "职工养老保险待遇资格认证", "参保登记", "基础信息变更",
            "关键信息变更", "多次缴费申报", "制度内转移申请", "特殊身份维护", "中断缴费", "城乡居民养老保险待遇申领",
            "城乡居民养老保险待遇恢复申请", "城乡居民养老保险待遇注销申请", "城乡居民养老保险待遇测算",
            "工伤保险待遇资格认证", "社会保障卡启用", "社会保障卡挂失和解挂", "社会保障卡密码修改", "社会保障卡信息变更"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], entry(a1, i + 1).get("name"));
        }
    }

    @Test
    void villagePlatformRow1() throws IOException {
        Map<String, Object> e = entry(load("village-platform.yaml"), 1);
        assertEquals("缴费人员增（减）员申报（灵活）", e.get("name"));
        assertEquals(List.of("征缴中心"), e.get("units"));
        assertEquals("审查系统中提交的信息以及附件材料的准确完整性，符合条件的，及时办理系统审核通过；审查发现问题的，及时填写申请不通过原因，办理系统退回。",
                duty(e, "district"));
        assertEquals("review", role(e, "district"));
        assertEquals("受理灵活就业参保人员的参（停）保申请，指导参保人如实填报参（停）保登记表，审查参保人提供的有关材料，审查符合条件的通过系统办理，纸质材料归档；审查不通过的，退回并向参保人做好政策解释。指导所辖村社，定期核查系统办件情况并予以相应处理。",
                duty(e, "town"));
        assertEquals("accept", role(e, "town"));
        assertEquals("受理灵活就业参保人员的参保申请，指导参保人如实填报参（停）保登记表，审查参保人提供的有关材料，审查符合条件的通过系统办理，纸质材料归档；审查不通过的，退回并向参保人做好政策解释。定期核查系统办件情况并予以相应处理。",
                duty(e, "village"));
        assertEquals("accept", role(e, "village"));
    }

    /**
     * The role of every level of the 18 rows, from the act each duty names: 1．区级 “办理系统审核通过 / 办理系统退回”
     * (rows 1, 3–13) and “进行审核” (rows 2, 14) → review, never approve (no duty says 审批); 受理 → accept; a duty that
     * only 审查 or 协助 → none. Row 7 prints no 村社 duty.
     */
    @Test
    void villagePlatformRolesOfAll18Rows() throws IOException {
        String r = "review";
        String a = "accept";
        String none = null;
        String[][] roles = {
            // district, town, village
            {r, a, a},        // 1 缴费人员增（减）员申报（灵活）
            {r, none, none},  // 2 职工养老保险待遇资格认证: 协助
            {r, a, a},        // 3 参保登记
            {r, a, a},        // 4 基础信息变更
            {r, a, a},        // 5 关键信息变更
            {r, none, a},     // 6 多次缴费申报: the town only 审查
            {r, a, null},     // 7 制度内转移申请: no 村社 duty
            {r, none, a},     // 8 特殊身份维护
            {r, none, a},     // 9 中断缴费
            {r, a, a},        // 10 城乡居民养老保险待遇申领
            {r, none, a},     // 11 城乡居民养老保险待遇恢复申请
            {r, a, a},        // 12 城乡居民养老保险待遇注销申请
            {r, none, a},     // 13 城乡居民养老保险待遇测算
            {r, none, none},  // 14 工伤保险待遇资格认证: 协助
            {a, a, a},        // 15 社会保障卡启用: 受理 at every level
            {a, a, a},        // 16 社会保障卡挂失和解挂
            {a, a, a},        // 17 社会保障卡密码修改
            {a, a, a},        // 18 社会保障卡信息变更
        };
        Map<String, Object> list = load("village-platform.yaml");
        String[] levels = {"district", "town", "village"};
        for (int row = 1; row <= 18; row++) {
            Map<String, Object> e = entry(list, row);
            for (int l = 0; l < 3; l++) {
                if (row == 7 && l == 2) {
                    assertNull(duty(e, "village"), "row 7 prints no 村社 duty");
                    continue;
                }
                assertEquals(roles[row - 1][l], role(e, levels[l]), "row " + row + " " + levels[l]);
            }
        }
        for (Map<String, Object> e : entries(list)) {
            assertNotEquals("approve", role(e, "district"), "no duty of the document says 审批: row " + e.get("seq"));
        }
    }

    @Test
    void villagePlatformRow2AssistOnly() throws IOException {
        Map<String, Object> e = entry(load("village-platform.yaml"), 2);
        assertEquals("职工养老保险待遇资格认证", e.get("name"));
        assertEquals(List.of("养老中心"), e.get("units"));
        assertEquals("对乡镇街、村社通过社会保险村级服务平台上传的资格认证信息及时进行审核。", duty(e, "district"));
        assertEquals("对到乡镇街开展资格认证的退休职工，协助开展资格认证工作。", duty(e, "town"));
        assertEquals("对到村社开展资格认证的退休职工，协助开展资格认证工作。", duty(e, "village"));
        assertNull(role(e, "village"));
    }

    @Test
    void villagePlatformRow4TownDiffersFromVillage() throws IOException {
        Map<String, Object> e = entry(load("village-platform.yaml"), 4);
        assertEquals("基础信息变更", e.get("name"));
        assertEquals(List.of("居保中心"), e.get("units"));
        assertEquals("受理城居保参保人员的信息变更申请，指导参保人如实填报信息变更登记表，审查参保人提供的有关材料，审查符合条件的通过系统办理，纸质材料归档；审查不通过的，退回并告知参保人员需要补充的材料，收集完整无误后及时通过办理。指导所辖村社，定期核查系统办件情况并予以相应处理。",
                duty(e, "town"));
        assertEquals("受理城居保参保人员的信息变更申请，指导参保人如实填报信息变更登记表，审查参保人提供的有关材料，审查符合条件的通过系统办理，纸质材料归档；审查不通过的，退回并告知参保人员需要补充、修改的材料，收集完整无误后及时通过办理。定期核查系统办件情况并予以相应处理。",
                duty(e, "village"));
    }

    @Test
    void villagePlatformRow7HasNoVillageDuty() throws IOException {
        Map<String, Object> e = entry(load("village-platform.yaml"), 7);
        assertEquals("制度内转移申请", e.get("name"));
        assertEquals(List.of("居保中心"), e.get("units"));
        assertEquals("受理城居保区外参保人员的转移申请，指导参保人如实填报转移登记表，审查参保人提供的有关材料，审查符合条件的通过系统办理，纸质材料归档；审查不通过的，退回并告知参保人员需要补充、修改的材料，收集完整无误后及时通过办理。",
                duty(e, "town"));
        assertNull(duty(e, "village"));
    }

    @Test
    void villagePlatformRow12() throws IOException {
        Map<String, Object> e = entry(load("village-platform.yaml"), 12);
        assertEquals("城乡居民养老保险待遇注销申请", e.get("name"));
        assertEquals(List.of("居保中心"), e.get("units"));
        assertEquals("受理城居保的注销申请，指导参保人员（或其家属）如实填报注销登记表，审查参保人员（或其家属）提供的有关材料，包括领取其他险种待遇相关证明、民政及卫健部门提供的死亡证明等，审查符合条件的通过系统办理，纸质材料归档；审查不通过的，退回并告知参保人员（或其家属）需要补充、修改的材料，收集完整无误后及时通过办理。定期核查系统办件情况并予以相应处理。",
                duty(e, "village"));
    }

    @Test
    void villagePlatformRow14() throws IOException {
        Map<String, Object> e = entry(load("village-platform.yaml"), 14);
        assertEquals("工伤保险待遇资格认证", e.get("name"));
        assertEquals(List.of("工伤中心"), e.get("units"));
        assertEquals("对到村社开展资格认证的工伤职工或者遗属，协助开展资格认证工作。", duty(e, "village"));
    }

    /** The question a user must be able to answer: what the Yeji village level does for 社会保障卡启用. */
    @Test
    void villagePlatformRow15SocialSecurityCardActivation() throws IOException {
        Map<String, Object> e = entry(load("village-platform.yaml"), 15);
        assertEquals("社会保障卡启用", e.get("name"));
        assertEquals(List.of("信息中心"), e.get("units"));
        assertEquals(List.of("village"), e.get("channels"));
        String text = "受理持卡人启用申请，信息无误，在系统及时为其发卡激活。";
        assertEquals(text, duty(e, "district"));
        assertEquals(text, duty(e, "town"));
        assertEquals(text, duty(e, "village"));
        assertEquals("accept", role(e, "village"));
    }

    @Test
    void villagePlatformRow18() throws IOException {
        Map<String, Object> e = entry(load("village-platform.yaml"), 18);
        assertEquals("社会保障卡信息变更", e.get("name"));
        assertEquals(List.of("信息中心"), e.get("units"));
        assertEquals("受理持卡人社会保障卡信息变更申请，信息无误，在系统及时为其变更非主要信息。", duty(e, "village"));
    }

    @Test
    void secondBatchCountsAndBlocks() throws IOException {
        Map<String, Object> a2 = load("second-batch.yaml");
        assertEquals(26, entries(a2).size());
        Map<String, Integer> perUnit = new HashMap<>();
        Map<String, Integer> perCategory = new HashMap<>();
        for (Map<String, Object> e : entries(a2)) {
            @SuppressWarnings("unchecked")
            List<String> units = (List<String>) e.get("units");
            assertEquals(1, units.size());
            perUnit.merge(units.get(0), 1, Integer::sum);
            perCategory.merge((String) e.get("category"), 1, Integer::sum);
            int seq = (Integer) e.get("seq");
            String block = seq <= 7 ? "征缴中心" : seq <= 20 ? "养老中心" : seq <= 23 ? "就业中心" : "信息中心";
            assertEquals(block, units.get(0), "seq " + seq);
        }
        assertEquals(Map.of("征缴中心", 7, "养老中心", 13, "就业中心", 3, "信息中心", 3), perUnit);
        assertEquals(Map.of("查询、打印类", 20, "业务办理类", 6), perCategory);
    }

    @Test
    void secondBatchSampleRows() throws IOException {
        Map<String, Object> a2 = load("second-batch.yaml");
        Object[][] rows = {
            {1, "单位人员增减明细查询", "征缴中心", "查询、打印类"},
            {4, "缴费人员减员申报", "征缴中心", "业务办理类"},
            {7, "项目参保证明打印", "征缴中心", "查询、打印类"},
            {10, "暂停养老保险待遇申请", "养老中心", "业务办理类"},
            {14, "机关事业单位养老保险个人基本信息查询", "养老中心", "查询、打印类"},
            {20, "职业年金权益信息月度查询打印", "养老中心", "查询、打印类"},
            {22, "失业保险金发放记录信息查询", "就业中心", "查询、打印类"},
            {24, "社会保障卡申领", "信息中心", "业务办理类"},
            {25, "社会保障卡补领换", "信息中心", "业务办理类"},
            {26, "社会保障卡应用状态查询", "信息中心", "查询、打印类"},
        };
        for (Object[] r : rows) {
            Map<String, Object> e = entry(a2, (Integer) r[0]);
            assertEquals(r[1], e.get("name"), "seq " + r[0]);
            assertEquals(List.of(r[2]), e.get("units"), "seq " + r[0]);
            assertEquals(r[3], e.get("category"), "seq " + r[0]);
        }
    }
}
