package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.limits.InputLimits;
import io.renshe.catalog.api.limits.LimitExceededException;
import io.renshe.catalog.api.limits.UploadLimits;
import io.renshe.catalog.api.limits.YamlLimits;

/** Hostile catalog files and bundle jars are refused early, by the name of the limit they pass. */
class InputLimitsTest {

    private static final String HEAD = "schema: renshe-catalog/1\nkind: jurisdiction\nid: \"990000\"\nname: 测试省\nlevel: province\n";

    private static List<CatalogError> errors(String text) {
        return Fixtures.parseTexts("test.hostile", 1, "jurisdiction.yaml", text).errors();
    }

    /** The one error that names a limit (the bundle also lacks the jurisdiction the refused file declares). */
    private static String only(List<CatalogError> errors) {
        return limitError(errors).reason();
    }

    private static CatalogError limitError(List<CatalogError> errors) {
        List<CatalogError> limits = errors.stream().filter(e -> e.reason().contains("(limit ")).toList();
        assertEquals(1, limits.size(), errors.toString());
        return limits.get(0);
    }

    @Test
    void theConfigurationDefaultsAreTheShippedLimits() throws Exception {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (Method method : LimitsConfiguration.class.getDeclaredMethods()) {
            defaults.put(method.getName().replace('_', '.'), method.getDefaultValue());
        }
        InputLimits shipped = InputLimits.defaults();
        UploadLimits jar = shipped.jar();
        assertEquals(20_971_520L, jar.maxBodyBytes());
        assertEquals(jar.maxBodyBytes(), defaults.get("jar.maxBodyBytes"));
        assertEquals(jar.maxInflatedBytes(), defaults.get("jar.maxInflatedBytes"));
        assertEquals(jar.maxEntryBytes(), defaults.get("jar.maxEntryBytes"));
        assertEquals(jar.maxEntries(), defaults.get("jar.maxEntries"));
        assertEquals(jar.maxRatio(), defaults.get("jar.maxRatio"));
        YamlLimits yaml = shipped.yaml();
        assertEquals(yaml.maxDocumentBytes(), defaults.get("yaml.maxDocumentBytes"));
        assertEquals(yaml.maxDepth(), defaults.get("yaml.maxDepth"));
        assertEquals(yaml.maxAliases(), defaults.get("yaml.maxAliases"));
        assertEquals(yaml.maxCommentChars(), defaults.get("yaml.maxCommentChars"));
        assertEquals(yaml.maxNodes(), defaults.get("yaml.maxNodes"));
        assertEquals(10, defaults.size(), "every limit has its shipped default: " + defaults.keySet());
    }

    @Test
    void aLongCommentIsRefusedWithItsLine() {
        String text = HEAD + "# " + "注".repeat(5000) + "\n";
        CatalogError error = limitError(errors(text));
        assertEquals(6, error.line());
        assertEquals("a comment of 5002 characters (limit yaml.maxCommentChars = 4096 in etc/io.renshe.limits.cfg)",
                error.reason());
        assertEquals(List.of(), errors(HEAD + "units: [{name: \"#" + "注".repeat(5000) + "\", type: agency}]\n"),
                "a # inside quotes is no comment");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = HEAD + "units: " + "[".repeat(40) + "]".repeat(40) + "\n";
        assertEquals("lists and maps are nested more than 32 deep (limit yaml.maxDepth = 32 in etc/io.renshe.limits.cfg)",
                only(errors(deep)));
    }

    @Test
    void tooManyAliasesAndAliasBombsAreRefused() {
        StringBuilder laughs = new StringBuilder(HEAD + "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 6; level++) {
            laughs.append("x").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }
        assertEquals("the file has more than 50 aliases of lists and maps (limit yaml.maxAliases = 50 in "
                + "etc/io.renshe.limits.cfg)", only(errors(laughs.toString())));
        String fiveLevels = laughs.substring(0, laughs.indexOf("x6:"));
        // 50 aliases are allowed, but expanded they are a million values
        List<CatalogError> bomb = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> errors(fiveLevels));
        assertEquals("the file holds more than 250000 values once its aliases are expanded (limit yaml.maxNodes = 250000 "
                + "in etc/io.renshe.limits.cfg)", only(bomb));
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() {
        String large = HEAD + "units:\n" + "  - {name: 科室, type: agency}\n".repeat(80_000);
        assertTrue(large.length() > YamlLimits.DEFAULT_MAX_DOCUMENT_BYTES);
        assertEquals("the file is larger than 2097152 bytes (limit yaml.maxDocumentBytes = 2097152 in "
                + "etc/io.renshe.limits.cfg)", only(errors(large)));
    }

    @Test
    void theUploadOfIssue12IsRefusedWithinASecond() throws Exception {
        byte[] jar = Jars.commentBomb(400);
        assertTrue(jar.length < 600 * 1024, "400 MiB of comment deflate to " + jar.length + " bytes");
        JarValidation validation = new JarValidation(Fixtures.engine());
        LimitExceededException refused = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThrows(
                LimitExceededException.class, () -> validation.validate(new ByteArrayInputStream(jar), List.of())));
        assertEquals(413, refused.status());
        assertEquals("jar.maxRatio", refused.limit());
    }

    @Test
    void aCatalogFileOfAJarIsReadNoFurtherThanTheYamlLimit() throws Exception {
        StringBuilder large = new StringBuilder(HEAD);
        for (int i = 0; large.length() <= YamlLimits.DEFAULT_MAX_DOCUMENT_BYTES; i++) {
            large.append("# ").append(Integer.toHexString(i * 2654435761L > 0 ? (int) (i * 2654435761L) : i)).append('\n');
        }
        byte[] jar = Jars.bundle("test.large", Map.of("jurisdiction.yaml", large.toString()));
        LimitExceededException refused = assertThrows(LimitExceededException.class,
                () -> new JarValidation(Fixtures.engine()).validate(new ByteArrayInputStream(jar), List.of()));
        assertEquals(422, refused.status());
        assertEquals("CATALOG-INF/jurisdiction.yaml: the file is larger than 2097152 bytes (limit yaml.maxDocumentBytes "
                + "= 2097152 in etc/io.renshe.limits.cfg)", refused.getMessage());
    }

    @Test
    void theConfiguredLimitsApplyWhenChanged() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("yaml.maxDepth", 3);
        values.put("jar.maxEntries", 0);
        ConfiguredLimits limits = new ConfiguredLimits(configuration(values));
        assertEquals(3, limits.yaml().maxDepth());
        assertEquals(InputLimits.JAR_DEFAULTS, limits.jar(), "a refused value keeps the previous limits");
        limits.modified(configuration(Map.of("jar.maxEntries", 7)));
        assertEquals(7, limits.jar().maxEntries());
        assertEquals(32, limits.yaml().maxDepth());
        CatalogEngine engine = new CatalogEngine(limits);
        limits.modified(configuration(Map.of("yaml.maxDepth", 2)));
        List<CatalogError> errors = engine.parser().parse("t", "1", 1, Map.of("jurisdiction.yaml",
                (HEAD + "units: [[[x]]]\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))).errors();
        assertTrue(errors.stream().map(CatalogError::reason).collect(Collectors.joining()).contains("yaml.maxDepth = 2"),
                errors.toString());
    }

    /** The typed configuration over a map, with the annotation's defaults for what the map lacks. */
    static LimitsConfiguration configuration(Map<String, Object> values) {
        return (LimitsConfiguration) java.lang.reflect.Proxy.newProxyInstance(LimitsConfiguration.class.getClassLoader(),
                new Class<?>[] {LimitsConfiguration.class}, (proxy, method, args) -> {
                    Object value = values.get(method.getName().replace('_', '.'));
                    return value != null ? value : method.getDefaultValue();
                });
    }
}
