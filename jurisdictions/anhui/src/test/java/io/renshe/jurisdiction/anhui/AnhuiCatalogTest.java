package io.renshe.jurisdiction.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** 安徽省: the thin parent bundle of 黄山市 and 六安市. */
class AnhuiCatalogTest {

    private static final Path CATALOG = Paths.get("target", "classes", "CATALOG-INF");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) {
        try (Reader r = Files.newBufferedReader(CATALOG.resolve(file), StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml().load(r);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    @Test
    void province() {
        Map<String, Object> j = load("jurisdiction.yaml");
        assertEquals("renshe-catalog/1", j.get("schema"));
        assertEquals("jurisdiction", j.get("kind"));
        assertEquals("340000", j.get("id"));
        assertEquals("安徽省", j.get("name"));
        assertEquals("province", j.get("level"));
        assertFalse(j.containsKey("parent"), "a province has no parent");
    }

    @Test
    @SuppressWarnings("unchecked")
    void provincialUnits() {
        List<Map<String, Object>> units = (List<Map<String, Object>>) load("jurisdiction.yaml").get("units");
        assertEquals(1, units.size());
        Map<String, Object> u = units.get(0);
        assertEquals("省人力资源社会保障厅", u.get("name"));
        assertEquals(List.of("省人力资源和社会保障厅"), u.get("aliases"));
        assertEquals("external", u.get("type"));
        assertEquals("省人力资源社会保障厅", u.get("department"));
    }
}
