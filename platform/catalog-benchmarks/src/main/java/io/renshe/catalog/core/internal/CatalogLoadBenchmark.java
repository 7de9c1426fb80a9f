package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the shipped localities: the seven bundles of {@code jurisdictions/} (three localities and their four
 * parents) read, checked and linked as the extender does when the platform starts. Run from the repository root, or
 * give the folder: {@code -p jurisdictions=/path/to/jurisdictions}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {

    @Param({"jurisdictions"})
    public String jurisdictions;

    private CoreCatalogue core;
    private CatalogParser parser;
    private List<Map<String, byte[]>> bundles;

    @Setup
    public void setUp() throws IOException {
        CatalogEngine engine = new CatalogEngine();
        core = engine.core();
        parser = engine.parser();
        bundles = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Paths.get(jurisdictions))) {
            for (Path module : modules.sorted().toList()) {
                Path folder = module.resolve("src/main/catalog");
                if (Files.isDirectory(folder)) {
                    Map<String, byte[]> files = new TreeMap<>();
                    try (Stream<Path> list = Files.list(folder)) {
                        for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                            files.put(file.getFileName().toString(), Files.readAllBytes(file));
                        }
                    }
                    bundles.add(files);
                }
            }
        }
        if (bundles.size() != 7) {
            throw new IllegalStateException("expected the 7 shipped bundles under " + jurisdictions + ", found " + bundles.size());
        }
    }

    /** Parses and checks every file of the seven bundles, then links and indexes them. */
    @Benchmark
    public CatalogIndex loadTheShippedLocalities() {
        List<ParsedBundle> parsed = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            parsed.add(parser.parse("bundle" + i, "1.0.0", i, bundles.get(i)));
        }
        CatalogIndex index = CatalogIndex.build(core, parsed);
        if (index.statuses().stream().anyMatch(s -> !"active".equals(s.status()))) {
            throw new IllegalStateException("a shipped bundle is rejected: " + index.statuses());
        }
        return index;
    }
}
