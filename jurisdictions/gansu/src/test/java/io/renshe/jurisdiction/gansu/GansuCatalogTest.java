package io.renshe.jurisdiction.gansu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class GansuCatalogTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(Paths.get("target", "classes", "CATALOG-INF", file),
                StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void jurisdiction() throws IOException {
        Map<String, Object> j = load("jurisdiction.yaml");
        assertEquals("renshe-catalog/1", j.get("schema"));
        assertEquals("jurisdiction", j.get("kind"));
        assertEquals("620000", j.get("id"));
        assertEquals("甘肃省", j.get("name"));
        assertEquals("province", j.get("level"));
        assertFalse(j.containsKey("parent"));
        List<Map<String, Object>> units = (List<Map<String, Object>>) j.get("units");
        assertEquals(1, units.size());
        assertEquals("人社厅", units.get(0).get("name"));
        assertEquals("agency", units.get(0).get("type"));
    }
}
