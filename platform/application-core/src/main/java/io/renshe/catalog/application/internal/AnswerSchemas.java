package io.renshe.catalog.application.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The forms of plug-in items are JSON Schemas (draft 2020-12): compiled once per schema text, then every answer
 * checked against them (networknt json-schema-validator, formats asserted).
 */
final class AnswerSchemas {

    /** One violation: where in the answers, and what. */
    record Violation(String pointer, String message) {
    }

    /** The schema of the generic form: an object with nothing in it. */
    static final String GENERIC = "{\"type\":\"object\",\"additionalProperties\":false}";

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** The schema as a JSON object, for a form answer; throws when the text is no JSON object. */
    Map<String, Object> object(String schema) throws IOException {
        JsonNode tree = Json.parse(schema);
        if (!tree.isObject()) {
            throw new IOException("a form schema is a JSON object");
        }
        return Json.object(tree);
    }

    /** Every violation of the schema by the answers, in order. */
    List<Violation> check(String schema, Map<String, Object> answers) {
        if (compiled.size() > 1000) {
            compiled.clear();
        }
        Schema compiledSchema = compiled.computeIfAbsent(schema, text -> {
            Schema s = registry.getSchema(text);
            s.initializeValidators();
            return s;
        });
        List<Violation> violations = new ArrayList<>();
        for (Error error : compiledSchema.validate(Json.tree(answers == null ? Map.of() : answers))) {
            String location = error.getInstanceLocation() == null ? "" : pointer(error.getInstanceLocation().toString());
            String property = error.getProperty();
            if (property != null && ("required".equals(error.getKeyword())
                    || "additionalProperties".equals(error.getKeyword()))) {
                location = location + "/" + property;
            }
            violations.add(new Violation(location, error.getMessage()));
        }
        return violations;
    }

    /** {@code $.a.b[0]} or {@code /a/b/0} as an RFC 6901 pointer relative to the answers. */
    private static String pointer(String path) {
        if (path.startsWith("/") || path.isEmpty()) {
            return path;
        }
        String rest = path.startsWith("$") ? path.substring(1) : path;
        StringBuilder pointer = new StringBuilder();
        for (String part : rest.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
