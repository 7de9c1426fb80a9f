package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.JurisdictionStatus;

/**
 * Validates jurisdiction bundles outside the platform, exactly as the extender would: bundle jars or folders of
 * catalog files, checked together so that a child finds its parent. Used by the build of every jurisdiction module
 * and from the command line:
 * <pre>java -cp catalog-core.jar:catalog-api.jar:snakeyaml.jar:json-schema-validator.jar:itu.jar:jackson-*.jar \
 *     io.renshe.catalog.core.internal.CatalogValidator anhui.jar huangshan.jar</pre>
 */
public final class CatalogValidator {

    private final CatalogEngine engine = new CatalogEngine();
    private final List<ParsedBundle> bundles = new ArrayList<>();

    /** Adds a folder of catalog files (e.g. {@code src/main/catalog}). */
    public CatalogValidator folder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        bundles.add(engine.parser().parse(folder.toString(), "0.0.0", bundles.size(), files));
        return this;
    }

    /** Adds a bundle jar. */
    public CatalogValidator jar(Path jar) throws IOException {
        try (InputStream in = Files.newInputStream(jar)) {
            BundleFiles.JarContent content = BundleFiles.read(in, engine.limits());
            bundles.add(engine.parser().parse(content.symbolicName(), content.version(), bundles.size(), content.files()));
        }
        return this;
    }

    /** The status of every bundle added, as the platform would see them deployed together. */
    public List<JurisdictionStatus> statuses() {
        return CatalogIndex.build(engine.core(), bundles).statuses();
    }

    /** The effective catalog of an active jurisdiction among those added. */
    public EffectiveCatalog effective(String jurisdictionId) {
        return CatalogIndex.build(engine.core(), bundles).effective(jurisdictionId)
                .orElseThrow(() -> new IllegalArgumentException("no active jurisdiction " + jurisdictionId + ": " + statuses()));
    }

    /** Prints every status and error; exit code 1 when any bundle is rejected. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: CatalogValidator <bundle.jar | catalog folder> ... (ancestors too, so that parents resolve)");
            System.exit(2);
        }
        CatalogValidator validator = new CatalogValidator();
        for (String arg : args) {
            Path path = Paths.get(arg);
            if (Files.isDirectory(path)) {
                validator.folder(path);
            } else {
                validator.jar(path);
            }
        }
        System.exit(report(validator.statuses(), System.out) ? 0 : 1);
    }

    static boolean report(List<JurisdictionStatus> statuses, PrintStream out) {
        boolean ok = true;
        for (JurisdictionStatus status : statuses) {
            out.println(status.id() + " " + (status.name() == null ? "" : status.name()) + " [" + status.bundle() + "] "
                    + status.status().toUpperCase() + (status.errors().isEmpty() ? "" : " (" + status.errors().size() + " errors)"));
            for (CatalogError error : status.errors()) {
                out.println("  " + error);
            }
            ok &= JurisdictionStatus.ACTIVE.equals(status.status());
        }
        return ok;
    }
}
