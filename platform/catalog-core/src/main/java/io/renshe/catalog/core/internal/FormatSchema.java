package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import io.renshe.catalog.api.CatalogError;

/**
 * The JSON Schema of the format {@code renshe-catalog/1}: the one definition of what a catalog file may hold. Every
 * file is validated against it (networknt json-schema-validator, draft 2020-12, formats asserted), and every error is
 * turned into a plain reason at the line of the YAML value it concerns. The schema's titles and descriptions name the
 * fields and values in those reasons ("unknown channel 'fax'").
 * <p>
 * Immutable and thread-safe.
 */
final class FormatSchema {

    static final String RESOURCE = "schema/renshe-catalog-1.schema.json";
    static final String ID = "https://renshe.io/schema/renshe-catalog-1.schema.json";

    private final String text;
    private final JsonNode tree;
    private final Schema files;
    private final Schema catalogue;

    private FormatSchema(String text) throws IOException {
        this.text = text;
        this.tree = new ObjectMapper().readTree(text);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(ID, text)));
        this.files = registry.getSchema(SchemaLocation.of(ID));
        this.catalogue = registry.getSchema(SchemaLocation.of(ID + "#/$defs/catalogue"));
        files.initializeValidators();
        catalogue.initializeValidators();
    }

    static FormatSchema load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The platform's format schema " + RESOURCE + " is missing");
            }
            return new FormatSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the format schema " + RESOURCE, e);
        }
    }

    /** The schema as JSON text, exactly as shipped. */
    String text() {
        return text;
    }

    /** The schema as a JSON tree; do not change it. */
    JsonNode tree() {
        return tree;
    }

    /** Every way a file of a jurisdiction bundle breaks the schema, in file order. */
    List<CatalogError> validate(YamlDocument document) {
        return errors(files, document);
    }

    /**
     * A schema error with the place it concerns in the document: the instance's path, and for a missing or unknown
     * field, that field.
     *
     * @param error the error at its file and line
     * @param pointer an RFC 6901 JSON Pointer into the document ({@code /entries/0/limit})
     */
    record Located(CatalogError error, String pointer) {
    }

    /** Every way a file breaks the schema, each error with the place it concerns. */
    List<Located> locate(YamlDocument document) {
        Set<String> seen = new LinkedHashSet<>();
        List<Located> located = new ArrayList<>();
        for (Error error : files.validate(document.json())) {
            CatalogError described = describe(error, document);
            StringBuilder pointer = new StringBuilder();
            for (Object step : elements(error.getInstanceLocation())) {
                pointer.append('/').append(escape(String.valueOf(step)));
            }
            String keyword = error.getKeyword() == null ? "" : error.getKeyword();
            if (error.getProperty() != null && (keyword.equals("required") || keyword.equals("additionalProperties")
                    || keyword.equals("unevaluatedProperties"))) {
                pointer.append('/').append(escape(error.getProperty()));
            }
            if (seen.add(pointer + "\u0000" + described.reason())) {
                located.add(new Located(described, pointer.toString()));
            }
        }
        return located;
    }

    /** A name as one step of a JSON Pointer. */
    static String escape(String step) {
        return step.replace("~", "~0").replace("/", "~1");
    }

    /** Every way the platform's core catalogue breaks the schema ({@code $defs/catalogue}). */
    List<CatalogError> validateCatalogue(YamlDocument document) {
        return errors(catalogue, document);
    }

    private List<CatalogError> errors(Schema schema, YamlDocument document) {
        Set<CatalogError> errors = new LinkedHashSet<>();
        for (Error error : schema.validate(document.json())) {
            errors.add(describe(error, document));
        }
        return List.copyOf(errors);
    }

    // turning an error into a reason a clerk editing the YAML understands

    private CatalogError describe(Error error, YamlDocument document) {
        List<Object> path = elements(error.getInstanceLocation());
        Node node = document.at(path);
        JsonNode value = error.getInstanceNode();
        JsonNode rule = parentOf(error.getSchemaLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        int line = YamlDocument.line(node);
        String reason;
        switch (keyword) {
            case "required" -> reason = what(path, rule) + " has no '" + error.getProperty() + "'"
                    + (rule.has("title") ? "" : why(rule));
            case "additionalProperties", "unevaluatedProperties" -> {
                Node key = YamlDocument.key(node, error.getProperty());
                if (key != null) {
                    line = YamlDocument.line(key);
                }
                reason = "unknown field '" + error.getProperty() + "' in " + what(path, rule) + " (allowed: "
                        + String.join(", ", names(rule.path("properties"))) + ")";
            }
            case "type" -> reason = value != null && value.isNull()
                    ? subject(path) + " is empty: give a value or leave the field out"
                    : subject(path) + " must be " + expected(rule.path("type")) + ", not " + actual(value)
                            + (value != null && value.isNumber() && rule.path("type").toString().contains("string")
                                    ? ": write it in quotes, \"" + value.asText() + "\"" : "");
            case "enum" -> reason = "unknown " + title(rule, path) + " '" + scalar(value) + "' ("
                    + oneOf(rule.path("enum")) + ")";
            case "const" -> reason = "unsupported " + title(rule, path) + " '" + scalar(value) + "' (this platform reads "
                    + rule.path("const").asText() + ")";
            case "pattern", "format" -> reason = "'" + scalar(value) + "' is not a valid " + title(rule, path) + ": "
                    + rule.path("description").asText("it does not have the expected form");
            case "minLength" -> reason = subject(path) + " is empty";
            case "minItems" -> reason = subject(path) + " is empty: give at least one";
            case "minimum" -> reason = subject(path) + " must be at least " + rule.path("minimum").asText() + ", not "
                    + scalar(value);
            case "uniqueItems" -> reason = subject(path) + " lists " + duplicate(value) + " twice";
            case "contains", "minContains" -> reason = subject(path) + " must include '"
                    + rule.path("contains").path("const").asText() + "'" + why(rule);
            default -> reason = subject(path) + ": " + error.getMessage();
        }
        return new CatalogError(document.file(), line, reason);
    }

    private static List<Object> elements(NodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; path != null && i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }

    /** The schema object that holds the keyword which failed. */
    private JsonNode parentOf(SchemaLocation location) {
        JsonNode at = tree;
        if (location == null || location.getFragment() == null) {
            return at;
        }
        NodePath fragment = location.getFragment();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object step = fragment.getElement(i);
            at = step instanceof Integer index ? at.path(index) : at.path(String.valueOf(step));
        }
        return at;
    }

    /** Why a conditional rule applies, from its description: " (…)", or nothing. */
    private static String why(JsonNode rule) {
        return rule.has("description") ? " (" + rule.path("description").asText() + ")" : "";
    }

    /** How a value is named in a reason: the file, a field, or an element of a list field. */
    private static String subject(List<Object> path) {
        if (path.isEmpty()) {
            return "the file";
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            return "element " + (index + 1) + " of " + subject(path.subList(0, path.size() - 1));
        }
        return "'" + last + "'";
    }

    /** How a mapping is named: the file, or the schema's title for it ("a list entry"), or its field. */
    private static String what(List<Object> path, JsonNode rule) {
        return path.isEmpty() ? "the file" : rule.path("title").asText(subject(path));
    }

    private static String title(JsonNode rule, List<Object> path) {
        if (rule.has("title")) {
            return rule.path("title").asText();
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String name) {
                return "value of '" + name + "'";
            }
        }
        return "value";
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String oneOf(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        if (texts.size() < 2) {
            return String.join("", texts);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " or " + texts.get(texts.size() - 1);
    }

    private static String expected(JsonNode type) {
        List<String> words = new ArrayList<>();
        Iterator<JsonNode> types = type.isArray() ? type.elements() : List.of(type).iterator();
        types.forEachRemaining(t -> words.add(switch (t.asText()) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of fields (name: value)";
            default -> t.asText();
        }));
        return String.join(" or ", words);
    }

    private static String actual(JsonNode value) {
        if (value == null) {
            return "something else";
        }
        return switch (value.getNodeType()) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ARRAY -> "a list";
            case OBJECT -> "a mapping of fields";
            default -> "empty";
        };
    }

    private static String scalar(JsonNode value) {
        if (value == null) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String duplicate(JsonNode list) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode element : list) {
            if (!seen.add(element)) {
                return "'" + scalar(element) + "'";
            }
        }
        return "a value";
    }
}
