package io.renshe.tools.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import io.renshe.tools.generator.CatalogueItems.Item;
import io.renshe.tools.generator.Divisions.Division;

/**
 * Writes the catalog files (format {@code renshe-catalog/1}, docs/catalog-format.md) and the bundle jar of one
 * division. A county gets {@code entries} rows: a 就近办 list (30 %), a 线上办 list (25 %), a 村级服务平台 list with the
 * duty of each handling level (20 %), a 提速办 list (10 %) and one-thing bundles of six items (15 %); entries name
 * core catalogue items as the documents do (by canonical name, by alias, with or without the national code), and
 * about one in eight is a local item. A city gets a 全市通办 list and a province a 线上办 list of 30 rows, which every
 * county under them inherits.
 */
final class BundleWriter {

    static final String SYMBOLIC_NAME_PREFIX = "io.renshe.jurisdiction.generated.";
    static final String VERSION = "1.0.0";
    private static final String REQUIRE_EXTENDER =
            "osgi.extender;filter:=\"(&(osgi.extender=io.renshe.catalog)(version>=1.0.0)(!(version>=2.0.0)))\"";
    /** Fixed time of every jar entry, so that the same seed writes the same bytes. */
    private static final long ENTRY_TIME = 1_704_067_200_000L;

    private static final String[] LOCAL_ITEMS = {
        "灵活就业人员社会保险补贴申领", "就业见习补贴申领", "一次性创业补贴申领", "创业担保贷款申请", "零工市场求职登记",
        "职业技能提升补贴申领", "高校毕业生求职创业补贴申领", "失业保险稳岗返还申领", "职业技能等级证书查询",
        "人力资源服务许可", "劳务派遣经营许可", "拖欠农民工工资举报投诉", "劳动人事争议调解申请", "流动人员人事档案接收",
        "见习基地认定", "就业困难人员认定", "公益性岗位补贴申领", "企业职工档案查询", "乡村公益性岗位申请",
        "返乡创业场地租金补贴申领", "技能大师工作室认定", "农民工工资保证金存储"};
    private static final String[][] CHANNELS = {
        {"window"}, {"window", "bank"}, {"bank", "community", "online"}, {"community", "online"}, {"village"},
        {"window", "online"}, {"online"}, {"window", "onsite"}, {"community", "village"}};
    private static final String[] LIMITS = {
        "即办", "即时办结", "1个工作日", "5个工作日", "15个工作日", "20个工作日", "自受理材料起15个工作日内办结",
        "自受理材料起20个工作日内办结。", "10日内", "按季度发放，季后10个工作日内办结。"};
    private static final String[][] ACCELERATED = {
        {"20个工作日", "10个工作日"}, {"45个工作日", "15个工作日"}, {"10个工作日", "5个工作日"}, {"无", "即时办结"},
        {"7个工作日", "即办"}, {"15个工作日", "未提速"}, {"自受理材料起20个工作日内办结。", "提速后15个工作日内办结。"}};
    private static final String[] APPS = {"掌上12333", "支付宝", "微信"};
    private static final String[] ONE_THINGS = {
        "员工录用", "退休", "创业", "失业", "就业困难人员就业", "工伤", "公民身后", "社会保障卡", "高校毕业生就业",
        "企业开办", "灵活就业", "退役军人就业"};
    private static final String[] COUNTY_UNITS = {
        "社会保险事业管理中心", "就业服务中心", "城乡居民养老保险中心", "劳动保障监察大队", "劳动人事争议仲裁院",
        "人才交流服务中心", "信息中心"};
    private static final Map<String, String> COUNTY_UNIT_ALIASES = Map.of(
            "社会保险事业管理中心", "社保中心", "城乡居民养老保险中心", "居保中心", "人才交流服务中心", "人才中心");
    private static final String DISTRICT_DUTY = "审查系统中提交的信息以及附件材料的准确完整性，符合条件的，及时办理系统审核通过；"
            + "审查发现问题的，及时填写申请不通过原因，办理系统退回。";
    private static final String TOWN_DUTY = "受理申请，指导申请人如实填报登记表，审查有关材料，符合条件的通过系统办理，纸质材料归档；"
            + "不符合条件的，退回并一次性告知需要补充的材料。指导所辖村社，定期核查系统办件情况。";
    private static final String VILLAGE_DUTY = "受理申请，指导申请人如实填报登记表，收集有关材料并通过社会保险村级服务平台上传，"
            + "定期核查系统办件情况并予以相应处理。";

    private final List<Item> items;
    private final int entries;

    BundleWriter(List<Item> items, int entries) {
        if (items.size() < 20) {
            throw new IllegalArgumentException("the core catalogue has only " + items.size() + " items");
        }
        this.items = items;
        this.entries = entries;
    }

    static String symbolicName(Division division) {
        return SYMBOLIC_NAME_PREFIX + division.code();
    }

    /** The catalog files of one division, by file name. */
    Map<String, String> files(Division division, Random random) {
        Map<String, String> files = new LinkedHashMap<>();
        switch (division.level()) {
            case "province" -> {
                files.put("jurisdiction.yaml", jurisdiction(division, List.of(
                        "  - {name: 省人力资源社会保障厅, aliases: [省人社厅], type: external, department: 省人力资源社会保障厅}\n",
                        "  - {name: 省社会保险事业管理局, aliases: [省社保局], type: center}\n")));
                files.put("provincial-online.yaml", list(division, "provincial-online", "全省通办线上办清单", "线上办", 30,
                        new String[] {"省社会保险事业管理局"}, random, Row.ONLINE));
            }
            case "city" -> {
                files.put("jurisdiction.yaml", jurisdiction(division, List.of(
                        "  - {name: 市社会保险事业管理中心, aliases: [市社保中心], type: center}\n",
                        "  - {name: 市就业服务中心, type: center}\n")));
                files.put("citywide.yaml", list(division, "citywide", "“全市通办”清单", "全市通办", 30,
                        new String[] {"市社会保险事业管理中心", "市就业服务中心"}, random, Row.PLAIN));
            }
            default -> {
                List<String> units = new ArrayList<>();
                for (String unit : COUNTY_UNITS) {
                    String alias = COUNTY_UNIT_ALIASES.get(unit);
                    units.add("  - {name: " + unit + (alias == null ? "" : ", aliases: [" + alias + "]") + ", type: "
                            + (unit.endsWith("中心") ? "center" : "office") + "}\n");
                }
                units.add("  - {name: 医疗保障局, type: external, department: " + division.name() + "医疗保障局}\n");
                files.put("jurisdiction.yaml", jurisdiction(division, units));
                int nearby = entries * 30 / 100;
                int online = entries * 25 / 100;
                int village = entries * 20 / 100;
                int accelerated = entries * 10 / 100;
                int bundles = Math.max(1, (entries - nearby - online - village - accelerated) / 6);
                files.put("nearby.yaml", list(division, "nearby", "“就近办”清单", "就近办", nearby, COUNTY_UNITS, random, Row.PLAIN));
                files.put("online.yaml", list(division, "online", "“线上办”清单", "线上办", online, COUNTY_UNITS, random, Row.ONLINE));
                files.put("village-platform.yaml", list(division, "village-platform", "社会保险村级服务平台服务事项责任清单",
                        "村级服务平台服务事项责任清单", village, COUNTY_UNITS, random, Row.LEVELS));
                files.put("accelerated.yaml", list(division, "accelerated", "人社“提速办”服务事项清单", "提速办", accelerated,
                        COUNTY_UNITS, random, Row.ACCELERATED));
                files.put("one-things.yaml", oneThings(division, bundles, random));
            }
        }
        return files;
    }

    /** Writes the bundle jar of one division. */
    void write(Division division, Map<String, String> files, OutputStream out) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName(division));
        main.putValue("Bundle-Version", VERSION);
        main.putValue("Bundle-Name", division.name() + " (" + division.code() + ", generated)");
        main.putValue("Bundle-Category", "renshe-jurisdiction");
        main.putValue("Require-Capability", REQUIRE_EXTENDER);
        main.putValue("Renshe-Catalog", "CATALOG-INF");
        try (JarOutputStream jar = new JarOutputStream(out)) {
            JarEntry meta = new JarEntry("META-INF/MANIFEST.MF");
            meta.setTime(ENTRY_TIME);
            jar.putNextEntry(meta);
            manifest.write(jar);
            jar.closeEntry();
            for (Map.Entry<String, String> file : files.entrySet()) {
                JarEntry entry = new JarEntry("CATALOG-INF/" + file.getKey());
                entry.setTime(ENTRY_TIME);
                jar.putNextEntry(entry);
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }

    private static String header(String kind) {
        return "# generated by the project's jurisdiction generator (tools/jurisdiction-generator); not real data\n"
                + "schema: renshe-catalog/1\nkind: " + kind + "\n";
    }

    private static String jurisdiction(Division division, List<String> units) {
        StringBuilder y = new StringBuilder(header("jurisdiction"));
        y.append("id: \"").append(division.code()).append("\"\nname: ").append(division.name())
                .append("\nlevel: ").append(division.level()).append('\n');
        if (division.parent() != null) {
            y.append("parent: \"").append(division.parent()).append("\"\n");
        }
        y.append("units:\n");
        units.forEach(y::append);
        return y.toString();
    }

    private enum Row { PLAIN, ONLINE, LEVELS, ACCELERATED }

    private String list(Division division, String id, String title, String type, int rows, String[] units, Random random,
            Row row) {
        StringBuilder y = new StringBuilder(header("list"));
        y.append("id: ").append(id).append("\ntitle: ").append(quote(division.name() + title))
                .append("\ntype: ").append(type).append('\n');
        document(division, title, random, y);
        y.append("entries:\n");
        List<String> names = names(rows, random);
        for (int seq = 1; seq <= rows; seq++) {
            y.append("  - seq: ").append(seq).append('\n');
            y.append(names.get(seq - 1));
            y.append("    units: [").append(units[random.nextInt(units.length)]).append("]\n");
            switch (row) {
                case PLAIN -> {
                    String[] channels = CHANNELS[random.nextInt(CHANNELS.length)];
                    y.append("    channels: [").append(String.join(", ", channels)).append("]\n");
                    y.append("    limit: ").append(quote(LIMITS[random.nextInt(LIMITS.length)])).append('\n');
                }
                case ONLINE -> {
                    y.append("    channels: [online]\n");
                    y.append("    online:\n      url: http://rsj.example.gov.cn/").append(division.code())
                            .append("/ggfw/\n      apps: [").append(APPS[random.nextInt(APPS.length)]).append("]\n");
                    y.append("    limit: ").append(quote(LIMITS[random.nextInt(LIMITS.length)])).append('\n');
                    y.append("    applicants: [").append(random.nextInt(4) == 0 ? "单位" : "个人").append("]\n");
                }
                case LEVELS -> {
                    y.append("    channels: [village]\n    levels:\n");
                    y.append("      district: {duty: ").append(quote(DISTRICT_DUTY)).append(", role: review}\n");
                    y.append("      town: {duty: ").append(quote(TOWN_DUTY)).append(", role: accept}\n");
                    y.append("      village: {duty: ").append(quote(VILLAGE_DUTY)).append(", role: accept}\n");
                }
                case ACCELERATED -> {
                    String[] limits = ACCELERATED[random.nextInt(ACCELERATED.length)];
                    y.append("    limitBefore: ").append(quote(limits[0])).append('\n');
                    y.append("    limitAfter: ").append(quote(limits[1])).append('\n');
                }
            }
        }
        return y.toString();
    }

    private String oneThings(Division division, int count, Random random) {
        StringBuilder y = new StringBuilder(header("bundles"));
        y.append("id: one-things\ntitle: ").append(quote(division.name() + "“一件事一次办”清单"))
                .append("\ntype: 一件事一次办\ncrossDepartment: false\n");
        document(division, "“一件事一次办”清单", random, y);
        y.append("bundles:\n");
        List<String> bundleNames = new ArrayList<>(List.of(ONE_THINGS));
        Collections.shuffle(bundleNames, random);
        for (int b = 1; b <= count; b++) {
            y.append("  - seq: ").append(b).append("\n    name: ")
                    .append(b <= bundleNames.size() ? bundleNames.get(b - 1) : "一件事" + b).append('\n');
            y.append("    lead: [").append(COUNTY_UNITS[random.nextInt(3)]).append("]\n");
            y.append("    co: [").append(COUNTY_UNITS[3 + random.nextInt(4)]).append(", 医疗保障局]\n");
            y.append("    place: ").append(quote(division.name() + "政务服务中心人社综合窗口，或线上“一件事”专区")).append('\n');
            y.append("    limit: ").append(quote(LIMITS[6 + random.nextInt(2)])).append('\n');
            y.append("    items:\n");
            List<String> names = names(6, random);
            for (int i = 1; i <= 6; i++) {
                y.append("      - seq: ").append(i).append('\n');
                y.append(names.get(i - 1).replace("    ", "        "));
                y.append("        unit: ").append(COUNTY_UNITS[random.nextInt(COUNTY_UNITS.length)]).append('\n');
            }
        }
        return y.toString();
    }

    private static void document(Division division, String title, Random random, StringBuilder y) {
        y.append("document:\n  number: ").append(division.name().charAt(0)).append("人社〔").append(2022 + random.nextInt(3))
                .append("〕").append(10 + random.nextInt(300)).append("号\n  title: ")
                .append(quote("关于印发" + division.name() + title + "的通知")).append("\n  date: ")
                .append(String.format("2024-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append('\n');
    }

    /**
     * The {@code name:} (and sometimes {@code code:}) lines of {@code rows} entries: distinct catalogue items while
     * they last, written by canonical name, by an alias or with the national code, and about one in eight a local item.
     */
    private List<String> names(int rows, Random random) {
        List<Item> pool = new ArrayList<>(items);
        Collections.shuffle(pool, random);
        List<String> locals = new ArrayList<>(List.of(LOCAL_ITEMS));
        Collections.shuffle(locals, random);
        List<String> lines = new ArrayList<>();
        int next = 0;
        int nextLocal = 0;
        for (int r = 0; r < rows; r++) {
            if ((random.nextInt(8) == 0 && nextLocal < locals.size()) || next >= pool.size()) {
                String local = nextLocal < locals.size() ? locals.get(nextLocal++) : "本地特色服务事项" + r;
                lines.add("    name: " + quote(local) + "\n");
                continue;
            }
            Item item = pool.get(next++);
            String name = !item.aliases().isEmpty() && random.nextInt(5) == 0
                    ? item.aliases().get(random.nextInt(item.aliases().size())) : item.name();
            String line = "    name: " + quote(name) + "\n";
            if (item.code() != null && random.nextInt(3) == 0) {
                line = "    code: " + item.code() + "\n" + line;
            }
            lines.add(line);
        }
        return lines;
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
