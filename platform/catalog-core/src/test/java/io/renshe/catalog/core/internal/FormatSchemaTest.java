package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.renshe.catalog.api.ApplicantType;
import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.Category;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.Level;

/**
 * The format's JSON Schema is the one definition of a catalog file: every shipped file conforms to it, the shapes
 * the platform rejects do not, its vocabularies are the API's, and it is itself a valid draft 2020-12 schema. Checked
 * with the validator the loader uses.
 */
class FormatSchemaTest {

    private static final FormatSchema SCHEMA = Fixtures.engine().schema();

    @Test
    void everyShippedCatalogFileConforms() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Paths.get("../../jurisdictions"))) {
            walk.filter(p -> p.toString().endsWith(".yaml") && p.toString().contains("src/main/catalog")).forEach(files::add);
        }
        assertTrue(files.size() >= 15, "the shipped bundles' files are found: " + files.size());
        for (Path file : files) {
            assertEquals(List.of(), errors(file.toString(), Files.readString(file, StandardCharsets.UTF_8)), file.toString());
        }
    }

    @Test
    void theCoreCatalogueConformsToItsDefinition() throws IOException {
        try (InputStream in = FormatSchemaTest.class.getClassLoader().getResourceAsStream(CoreCatalogue.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            YamlDocument document = YamlDocument.read(CoreCatalogue.RESOURCE, text, problems);
            assertEquals(List.of(), SCHEMA.validateCatalogue(document));
            assertTrue(problems.isEmpty());
        }
        assertTrue(Fixtures.core().items().size() > 100, "the catalogue is read");
    }

    @Test
    void shapesThePlatformRejectsDoNotConform() {
        String list = "schema: renshe-catalog/1\nkind: list\nid: x\ntitle: t\ntype: 就近办\nentries:\n";
        assertEquals(List.of("x.yaml:7: unknown field 'colour' in a list entry (allowed: seq, name, code, item, units, "
                + "channels, online, limit, limitBefore, limitAfter, applicants, category, levels, remarks, original, inferred)"),
                errors("x.yaml", list + "  - {seq: 1, name: 甲, colour: red}\n"));
        assertEquals(List.of("x.yaml:7: unknown channel 'fax' (window, bank, community, village, online or onsite)"),
                errors("x.yaml", list + "  - {seq: 1, name: 甲, channels: [fax]}\n"));
        assertEquals(List.of("x.yaml:6: 'entries' is empty: give at least one"), errors("x.yaml", list.replace("entries:\n",
                "entries: []\n")));
        assertEquals(List.of("x.yaml:1: unsupported schema 'renshe-catalog/2' (this platform reads renshe-catalog/1)"),
                errors("x.yaml", "schema: renshe-catalog/2\nkind: jurisdiction\nid: \"340000\"\nname: 安徽省\nlevel: province\n"));
        assertEquals(List.of("x.yaml:3: '34-00' is not a valid jurisdiction id: 6 digits: the administrative division code "
                + "(GB/T 2260), written in quotes"),
                errors("x.yaml", "schema: renshe-catalog/1\nkind: jurisdiction\nid: \"34-00\"\nname: 安徽省\nlevel: province\n"));
        assertEquals(List.of("x.yaml:2: unknown kind 'poem' (jurisdiction, list, bundles or arrangement)"),
                errors("x.yaml", "schema: renshe-catalog/1\nkind: poem\nid: x\n"));
        assertEquals(List.of("x.yaml:1: the file has no 'kind'"), errors("x.yaml", "schema: renshe-catalog/1\nid: x\n"));
        assertEquals(List.of("x.yaml:1: the file must be a mapping of fields (name: value), not a list"),
                errors("x.yaml", "- schema: renshe-catalog/1\n"));
        String province = "schema: renshe-catalog/1\nkind: jurisdiction\nid: \"340000\"\nname: 安徽省\nlevel: province\n";
        assertEquals(List.of("x.yaml:6: '2026-02-30' is not a valid date: a date of the form yyyy-MM-dd"),
                errors("x.yaml", province + "holidays: [{date: 2026-02-30, name: 假}]\n"));
        assertEquals(List.of(), errors("x.yaml", "schema: renshe-catalog/1\nkind: jurisdiction\nid: \"340000\"\nname: 安徽省\n"
                + "level: province\nholidays: [{date: 2026-02-28, name: 假}]\n"));
    }

    @Test
    void theSchemasVocabulariesAreTheApisEnums() {
        JsonNode defs = SCHEMA.tree().path("$defs");
        assertEquals(keys(Level.values(), Level::key), texts(defs.path("level").path("enum")));
        assertEquals(keys(HandlingLevel.values(), HandlingLevel::key), texts(defs.path("handlingLevel").path("enum")));
        List<String> levelFields = new ArrayList<>();
        defs.path("list").path("properties").path("entries").path("items").path("properties").path("levels")
                .path("properties").fieldNames().forEachRemaining(levelFields::add);
        assertEquals(keys(HandlingLevel.values(), HandlingLevel::key), levelFields);
        assertEquals(keys(Channel.values(), Channel::key), texts(defs.path("channel").path("enum")));
        assertEquals(keys(Category.values(), Category::key), texts(defs.path("category").path("enum")));
        assertEquals(keys(ApplicantType.values(), ApplicantType::key), texts(defs.path("applicant").path("enum")));
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), meta.validate(SCHEMA.tree()).stream().map(Object::toString).toList());
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA.tree().path("$schema").asText());
    }

    @Test
    void theTextServedIsTheShippedFile() throws IOException {
        try (InputStream in = FormatSchemaTest.class.getClassLoader().getResourceAsStream(FormatSchema.RESOURCE)) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), SCHEMA.text());
        }
        assertEquals(FormatSchema.ID, SCHEMA.tree().path("$id").asText());
    }

    private static List<String> errors(String file, String text) {
        Problems problems = new Problems();
        YamlDocument document = YamlDocument.read(file, text, problems);
        List<String> all = new ArrayList<>(problems.sorted().stream().map(CatalogError::toString).toList());
        SCHEMA.validate(document).forEach(e -> all.add(e.toString()));
        return all;
    }

    private static <E> List<String> keys(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(key).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
