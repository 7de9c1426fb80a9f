package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The published JSON Schema says what the platform reads: every catalog file of the shipped jurisdiction bundles
 * conforms to it, and files the platform rejects for their shape do not. Checked with the subset of JSON Schema the
 * schema uses (type, const, enum, pattern, required, properties, additionalProperties, items, minItems, oneOf).
 */
class CatalogSchemaTest {

    static JsonNode schema;
    static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream("renshe-catalog-1.schema.json")) {
            schema = MAPPER.readTree(in);
        }
    }

    @Test
    void everyShippedCatalogFileConforms() throws IOException {
        Path jurisdictions = Paths.get("../../jurisdictions");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(jurisdictions)) {
            walk.filter(p -> p.toString().endsWith(".yaml") && p.toString().contains("src/main/catalog")).forEach(files::add);
        }
        assertTrue(files.size() >= 15, "the shipped bundles' files are found: " + files.size());
        for (Path file : files) {
            List<String> problems = new ArrayList<>();
            validate(schema, yaml(file), "$", problems);
            assertEquals(List.of(), problems, file.toString());
        }
    }

    @Test
    void shapesThePlatformRejectsDoNotConform() {
        assertFalse(conforms("schema: renshe-catalog/1\nkind: list\nid: x\ntitle: t\ntype: 就近办\nentries:\n  - {seq: 1, name: 甲, colour: red}\n"));
        assertFalse(conforms("schema: renshe-catalog/1\nkind: list\nid: x\ntitle: t\ntype: 就近办\nentries:\n  - {seq: 1, name: 甲, channels: [fax]}\n"));
        assertFalse(conforms("schema: renshe-catalog/2\nkind: jurisdiction\nid: \"340000\"\nname: 安徽省\nlevel: province\n"));
        assertFalse(conforms("schema: renshe-catalog/1\nkind: jurisdiction\nid: \"34-00\"\nname: 安徽省\nlevel: province\n"));
        assertFalse(conforms("schema: renshe-catalog/1\nkind: poem\nid: x\n"));
        assertTrue(conforms("schema: renshe-catalog/1\nkind: jurisdiction\nid: \"340000\"\nname: 安徽省\nlevel: province\n"));
        String row = "schema: renshe-catalog/1\nkind: list\nid: x\ntitle: t\ntype: 线上办\nentries:\n  - {seq: 1, name: 甲, ";
        assertTrue(conforms(row + "channels: [online], online: {url: [\"http://a.cn\", \"http://b.cn\"]}}\n"));
        assertTrue(conforms(row + "units: [信息中心], inferred: {units: 空白单元格}}\n"));
        assertFalse(conforms(row + "units: [信息中心], inferred: {colour: 空白单元格}}\n"));
        assertFalse(conforms(row + "units: [信息中心], inferred: {units: \"\"}}\n"));
    }

    private static boolean conforms(String text) {
        List<String> problems = new ArrayList<>();
        validate(schema, MAPPER.valueToTree(new Yaml(new SafeConstructor(new LoaderOptions())).load(text)), "$", problems);
        return problems.isEmpty();
    }

    private static JsonNode yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return MAPPER.valueToTree(stringDates(data));
        }
    }

    /** YAML reads 2022-10-21 as a date; the files mean the text. */
    private static Object stringDates(Object value) {
        if (value instanceof java.util.Date date) {
            return new java.text.SimpleDateFormat("yyyy-MM-dd").format(date);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, stringDates(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CatalogSchemaTest::stringDates).toList();
        }
        return value;
    }

    static void validate(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("oneOf")) {
            int matching = 0;
            List<String> first = null;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> own = new ArrayList<>();
                validate(option, value, at, own);
                if (own.isEmpty()) {
                    matching++;
                } else if (first == null || own.size() < first.size()) {
                    first = own;
                }
            }
            if (matching != 1) {
                problems.add(at + ": matches " + matching + " of oneOf" + (first == null ? "" : " " + first));
            }
            return;
        }
        if (schema.has("const") && !schema.get("const").asText().equals(value.asText())) {
            problems.add(at + ": not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.asText().equals(value.asText());
            }
            if (!found) {
                problems.add(at + ": " + value + " not in " + schema.get("enum"));
            }
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(at + ": not an object");
                    return;
                }
                for (JsonNode required : schema.path("required")) {
                    if (!value.has(required.asText())) {
                        problems.add(at + ": missing " + required.asText());
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> field = it.next();
                    JsonNode property = schema.path("properties").get(field.getKey());
                    if (property == null) {
                        if (!schema.path("additionalProperties").asBoolean(true)) {
                            problems.add(at + ": unknown field " + field.getKey());
                        }
                    } else if (!field.getValue().isNull()) {
                        validate(property, field.getValue(), at + "." + field.getKey(), problems);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + ": not an array");
                    return;
                }
                if (value.size() < schema.path("minItems").asInt(0)) {
                    problems.add(at + ": fewer than " + schema.path("minItems").asInt() + " items");
                }
                for (int i = 0; i < value.size(); i++) {
                    validate(schema.path("items"), value.get(i), at + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(at + ": not a string: " + value);
                } else if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                    problems.add(at + ": " + value + " does not match " + schema.get("pattern"));
                } else if (value.asText().length() < schema.path("minLength").asInt(0)) {
                    problems.add(at + ": empty");
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + ": not an integer");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + ": not a boolean");
                }
            }
            default -> { }
        }
    }
}
