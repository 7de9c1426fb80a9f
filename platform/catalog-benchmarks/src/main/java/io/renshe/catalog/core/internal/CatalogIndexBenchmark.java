package io.renshe.catalog.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.ItemJurisdictions;
import io.renshe.catalog.api.ItemQuery;

/**
 * Catalog reads at the scale of China: one province, 30 cities and {@code counties} counties, each county with
 * three lists of 100 rows and ten one-thing bundles of eight items, parsed from generated YAML by the real parser
 * and indexed by the real index. Lives in the engine's package to reach its package-private classes.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CatalogIndexBenchmark {

    @Param({"100", "2850"})
    public int counties;

    private CoreCatalogue core;
    private List<ParsedBundle> bundles;
    private CatalogIndex index;
    private String[] countyIds;
    private List<Item> items;
    private int next;
    private static final ItemQuery QUERY = ItemQuery.builder().channel(Channel.BANK).text("养老").build();

    @Setup(Level.Trial)
    public void setUp() {
        CatalogEngine engine = new CatalogEngine();
        core = engine.core();
        items = core.items();
        CatalogParser parser = engine.parser();
        bundles = new ArrayList<>();
        long id = 0;
        bundles.add(parser.parseText("province", "1.0.0", id++, Map.of("jurisdiction.yaml", jurisdiction("990000", "测试省", "province", null))));
        for (int c = 0; c < 30; c++) {
            String city = String.format("99%02d00", c + 1);
            bundles.add(parser.parseText("city" + c, "1.0.0", id++, Map.of("jurisdiction.yaml", jurisdiction(city, "测试市" + c, "city", "990000"))));
        }
        countyIds = new String[counties];
        Random random = new Random(42);
        for (int k = 0; k < counties; k++) {
            String city = String.format("99%02d00", k % 30 + 1);
            String county = city.substring(0, 4) + String.format("%02d", k / 30 + 1);
            countyIds[k] = county;
            Map<String, String> files = new LinkedHashMap<>();
            files.put("jurisdiction.yaml", jurisdiction(county, "测试区" + k, "district", city));
            for (String list : List.of("nearby", "citywide", "online")) {
                files.put(list + ".yaml", list(list, random));
            }
            files.put("one-things.yaml", bundles(random));
            ParsedBundle parsed = parser.parseText("county" + k, "1.0.0", id++, files);
            if (!parsed.errors().isEmpty()) {
                throw new IllegalStateException(parsed.errors().toString());
            }
            bundles.add(parsed);
        }
        System.gc();
        long before = usedHeap();
        index = CatalogIndex.build(core, bundles);
        System.gc();
        System.out.printf("%n%d counties: index holds %d jurisdictions; heap in use after building the index grew by %d MB%n",
                counties, index.statuses().size(), (usedHeap() - before) / (1024 * 1024));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private String jurisdiction(String id, String name, String level, String parent) {
        StringBuilder y = new StringBuilder("schema: renshe-catalog/1\nkind: jurisdiction\n");
        y.append("id: \"").append(id).append("\"\nname: ").append(name).append("\nlevel: ").append(level).append('\n');
        if (parent != null) {
            y.append("parent: \"").append(parent).append("\"\n");
        }
        y.append("units:\n");
        for (int u = 0; u < 5; u++) {
            y.append("  - {name: 科室").append(u).append(", type: section}\n");
        }
        return y.toString();
    }

    private String list(String id, Random random) {
        StringBuilder y = new StringBuilder("schema: renshe-catalog/1\nkind: list\nid: ").append(id)
                .append("\ntitle: 清单").append(id).append("\ntype: 就近办\nentries:\n");
        String[] channels = {"[bank, community, online]", "[window]", "[online]", "[community, online]", "[village]"};
        String[] limits = {"即办", "15个工作日", "自受理材料起15个工作日内办结", "10日内", "即时办结"};
        for (int e = 1; e <= 100; e++) {
            boolean local = random.nextInt(10) == 0;
            String name = local ? "本地事项" + random.nextInt(50) : items.get(random.nextInt(items.size())).name();
            y.append("  - seq: ").append(e).append("\n    name: \"").append(name).append("\"\n    units: [科室")
                    .append(random.nextInt(5)).append("]\n    channels: ").append(channels[random.nextInt(channels.length)])
                    .append("\n    limit: ").append(limits[random.nextInt(limits.length)]).append('\n');
        }
        return y.toString();
    }

    private String bundles(Random random) {
        StringBuilder y = new StringBuilder("schema: renshe-catalog/1\nkind: bundles\nid: one-things\ntitle: 一件事\ntype: 一件事一次办\nbundles:\n");
        for (int b = 1; b <= 10; b++) {
            y.append("  - seq: ").append(b).append("\n    name: 一件事").append(b)
                    .append("\n    lead: [科室0]\n    place: 现场办理。\n    limit: 20个工作日\n    items:\n");
            for (int i = 1; i <= 8; i++) {
                y.append("      - {seq: ").append(i).append(", name: \"").append(items.get(random.nextInt(items.size())).name())
                        .append("\", unit: 科室1}\n");
            }
        }
        return y.toString();
    }

    private String county() {
        next = (next + 7919) % countyIds.length;
        return countyIds[next];
    }

    /** Items of one county offered at a partner bank outlet whose name contains 养老. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<EffectiveItem> queryItems() {
        return index.items(county(), QUERY).orElseThrow();
    }

    /** Every county offering 社会保障卡申领, with levels, channels and limits. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ItemJurisdictions whereIsAnItemOffered() {
        return index.offerings("1.10.1").orElseThrow();
    }

    /** Links and indexes every bundle from nothing, as at start-up. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public void buildFromScratch(Blackhole hole) {
        hole.consume(CatalogIndex.build(core, bundles));
    }

    /** Replaces one county's bundle, as an upgrade does: only that county's catalog is rebuilt. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CatalogIndex redeployOneCounty() {
        int k = 31 + (next = (next + 7919) % countyIds.length);
        List<ParsedBundle> upgraded = new ArrayList<>(bundles);
        ParsedBundle old = upgraded.get(k);
        upgraded.set(k, new ParsedBundle(old.bundle(), "1.0.1", old.bundleId(), old.catalog(), old.jurisdictionFile(),
                old.parentLine(), old.unitRefs(), old.errors()));
        return CatalogIndex.build(core, upgraded, java.util.Map.of(), index);
    }
}
