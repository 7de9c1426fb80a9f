package io.renshe.tools.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import io.renshe.tools.generator.Divisions.Division;

/**
 * Writes jurisdiction bundles at the scale of China for load and scale runs: the 31 provinces, their cities and
 * their county-level divisions (about 2,850), each county with about 200 catalog entries, as jars ready to be copied
 * into Karaf's {@code deploy/} folder.
 *
 * <pre>
 * java -jar tools/jurisdiction-generator/target/jurisdiction-generator.jar --out DIR
 *     [--provinces 34,64]   only these provinces (two-digit GB/T 2260 prefixes); all 31 by default
 *     [--entries 200]       catalog entries per county
 *     [--extra 1]           counties written to DIR/extra instead of DIR/bundles, to deploy one more later
 *     [--seed 2260]         the same seed writes the same bytes
 *     [--shipped none]      generate the divisions the distribution ships too (default: use them as parents)
 * </pre>
 *
 * Writes {@code DIR/bundles/*.jar}, {@code DIR/extra/*.jar}, {@code DIR/counties.txt} (the county codes in
 * {@code bundles/}, one per line) and {@code DIR/summary.properties}.
 */
public final class JurisdictionGenerator {

    /** What the distribution ships (features renshe-anhui … renshe-baiyin-district): parents, never generated. */
    static final Set<String> SHIPPED = Set.of("340000", "341000", "341500", "341504", "620000", "620400", "620402");

    private final Set<String> provinces;
    private final int entries;
    private final int extra;
    private final long seed;
    private final Set<String> shipped;

    /** A generator of the given provinces (all when empty). */
    public JurisdictionGenerator(Set<String> provinces, int entries, int extra, long seed, boolean skipShipped) {
        if (entries < 10) {
            throw new IllegalArgumentException("--entries must be at least 10");
        }
        this.provinces = Set.copyOf(provinces);
        this.entries = entries;
        this.extra = extra;
        this.seed = seed;
        this.shipped = skipShipped ? SHIPPED : Set.of();
    }

    /** What was written. */
    public record Summary(int provinces, int cities, int counties, int extra, List<String> countyCodes) {
        /** Bundles written into {@code bundles/}. */
        public int bundles() {
            return provinces + cities + counties;
        }
    }

    /** Writes the bundles under {@code out}. */
    public Summary write(Path out) throws IOException {
        Random random = new Random(seed);
        List<Division> divisions = Divisions.of(provinces, shipped, random);
        BundleWriter writer = new BundleWriter(CatalogueItems.load(), entries);
        Path bundles = Files.createDirectories(out.resolve("bundles"));
        Path extras = Files.createDirectories(out.resolve("extra"));
        List<Division> counties = divisions.stream().filter(d -> d.level().equals("district")).toList();
        if (extra > counties.size()) {
            throw new IllegalArgumentException("--extra " + extra + " but only " + counties.size() + " counties");
        }
        Set<Division> heldBack = new LinkedHashSet<>(counties.subList(counties.size() - extra, counties.size()));
        List<String> countyCodes = new ArrayList<>();
        int provinceCount = 0;
        int cityCount = 0;
        for (Division division : divisions) {
            boolean held = heldBack.contains(division);
            Path jar = (held ? extras : bundles).resolve(division.level() + "-" + division.code() + "-" + BundleWriter.VERSION + ".jar");
            try (OutputStream stream = Files.newOutputStream(jar)) {
                writer.write(division, writer.files(division, random), stream);
            }
            switch (division.level()) {
                case "province" -> provinceCount++;
                case "city" -> cityCount++;
                default -> {
                    if (!held) {
                        countyCodes.add(division.code());
                    }
                }
            }
        }
        Files.write(out.resolve("counties.txt"), countyCodes, StandardCharsets.UTF_8);
        Summary summary = new Summary(provinceCount, cityCount, countyCodes.size(), heldBack.size(), List.copyOf(countyCodes));
        Files.writeString(out.resolve("summary.properties"), "# written by the jurisdiction generator\n"
                + "provinces=" + summary.provinces() + "\ncities=" + summary.cities() + "\ncounties=" + summary.counties()
                + "\nbundles=" + summary.bundles() + "\nextra=" + summary.extra()
                + "\nextra.codes=" + heldBack.stream().map(Division::code).collect(Collectors.joining(","))
                + "\nentries.per.county=" + entries + "\nseed=" + seed + "\n", StandardCharsets.UTF_8);
        return summary;
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Set<String> provinces = Set.of();
        int entries = 200;
        int extra = 1;
        long seed = 2260;
        boolean skipShipped = true;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--out" -> out = Paths.get(required(args[i], value));
                case "--provinces" -> provinces = Set.copyOf(Arrays.asList(required(args[i], value).split(",")));
                case "--entries" -> entries = Integer.parseInt(required(args[i], value));
                case "--extra" -> extra = Integer.parseInt(required(args[i], value));
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                case "--shipped" -> skipShipped = !"none".equals(required(args[i], value));
                case "--list-provinces" -> {
                    Divisions.provinces().forEach(System.out::println);
                    return;
                }
                default -> usage(System.err, "unknown option " + args[i]);
            }
            i++;
        }
        if (out == null) {
            usage(System.err, "--out is required");
        }
        long start = System.nanoTime();
        Summary summary = new JurisdictionGenerator(provinces, entries, extra, seed, skipShipped).write(out);
        System.out.printf("%d provinces, %d cities, %d counties (+%d in extra/) written to %s in %.1f s%n",
                summary.provinces(), summary.cities(), summary.counties(), summary.extra(), out,
                (System.nanoTime() - start) / 1e9);
    }

    private static String required(String option, String value) {
        if (value == null) {
            usage(System.err, option + " needs a value");
        }
        return value;
    }

    private static void usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: java -jar jurisdiction-generator.jar --out DIR [--provinces 34,64] [--entries 200] [--extra 1]"
                + " [--seed 2260] [--shipped none] | --list-provinces");
        System.exit(2);
    }
}
