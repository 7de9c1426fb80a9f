package io.renshe.jurisdiction.luan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** 六安市: the thin parent bundle of 叶集区. */
class LuanCatalogTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) throws IOException {
        try (Reader r = Files.newBufferedReader(Paths.get("target", "classes", "CATALOG-INF", file), StandardCharsets.UTF_8)) {
            Object o = new Yaml().load(r);
            assertNotNull(o, file);
            return (Map<String, Object>) o;
        }
    }

    @Test
    void jurisdiction() throws IOException {
        Map<String, Object> j = load("jurisdiction.yaml");
        assertEquals("renshe-catalog/1", j.get("schema"));
        assertEquals("jurisdiction", j.get("kind"));
        assertEquals("341500", j.get("id"));
        assertEquals("六安市", j.get("name"));
        assertEquals("city", j.get("level"));
        assertEquals("340000", j.get("parent"));
        assertEquals(List.of(), j.get("units"));
    }
}
