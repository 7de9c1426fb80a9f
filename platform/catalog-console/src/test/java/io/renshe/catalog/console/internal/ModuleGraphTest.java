package io.renshe.catalog.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every ES module import of the console names a file the console serves, and every module is reachable from the
 * page: a typo in an import path fails the build here, not in a visitor's browser.
 */
class ModuleGraphTest {

    private static final Pattern IMPORT = Pattern.compile("(?:import|export)\\s[^'\"]*?from\\s+'([^']+)'|import\\('([^']+)'\\)");
    private static final Path WEB = Path.of("target/classes/web");

    private final WebFiles files = new WebFiles(new BundleEntries());

    @Test
    void everyImportResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int imports = 0;
        try (Stream<Path> modules = Files.walk(WEB)) {
            for (Path module : modules.filter(p -> p.toString().endsWith(".js")).toList()) {
                String source = Files.readString(module, StandardCharsets.UTF_8);
                String from = "/" + WEB.relativize(module).toString().replace('\\', '/');
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    String target = m.group(1) != null ? m.group(1) : m.group(2);
                    imports++;
                    String resolved = java.net.URI.create("http://x" + from).resolve(target).getPath();
                    if (!target.startsWith(".") || files.resolve(resolved) == null) {
                        broken.add(from + " imports " + target);
                    }
                }
            }
        }
        assertTrue(imports > 30, "the modules were read: " + imports + " imports");
        assertEquals(List.of(), broken);
    }

    @Test
    void thePageLoadsTheEntryModuleAndTheWatchdog() throws IOException {
        String page = Files.readString(WEB.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<script type=\"module\" src=\"app.js\"></script>"), page);
        assertTrue(page.contains("<script src=\"boot.js\"></script>"), page);
        assertTrue(page.contains("lang=\"zh-CN\""), page);
    }
}
