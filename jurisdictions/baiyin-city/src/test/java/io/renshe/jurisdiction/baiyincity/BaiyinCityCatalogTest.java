package io.renshe.jurisdiction.baiyincity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class BaiyinCityCatalogTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(Paths.get("target", "classes", "CATALOG-INF", file),
                StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }

    @Test
    void jurisdiction() throws IOException {
        Map<String, Object> j = load("jurisdiction.yaml");
        assertEquals("renshe-catalog/1", j.get("schema"));
        assertEquals("jurisdiction", j.get("kind"));
        assertEquals("620400", j.get("id"));
        assertEquals("白银市", j.get("name"));
        assertEquals("city", j.get("level"));
        assertEquals("620000", j.get("parent"));
        assertEquals(List.of(), j.get("units"));
    }
}
