package io.renshe.catalog.itests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.0 document, for the keywords the platform's document writes:
 * {@code $ref} into {@code components/schemas}, {@code type}, {@code format} (date, date-time, int32, int64),
 * {@code enum}, {@code properties}, {@code additionalProperties} and {@code items}. An empty schema takes any value. No
 * schema of the document allows {@code null} ({@code nullable} is never written: absent values are left out).
 */
final class OpenApiSchemaCheck {

    private static final String REF = "#/components/schemas/";

    private final JsonNode document;

    OpenApiSchemaCheck(JsonNode document) {
        this.document = document;
    }

    /**
     * What is wrong with a value, each with its JSON Pointer.
     *
     * @param schema the schema
     * @param value the value
     * @return the violations; empty when the value is valid
     */
    List<String> violations(JsonNode schema, JsonNode value) {
        List<String> violations = new ArrayList<>();
        check(schema, value, "", violations);
        return violations;
    }

    private void check(JsonNode schema, JsonNode value, String pointer, List<String> violations) {
        if (violations.size() >= 20) {
            return;
        }
        String ref = schema.path("$ref").asText(null);
        if (ref != null) {
            if (!ref.startsWith(REF) || !document.path("components").path("schemas").has(ref.substring(REF.length()))) {
                violations.add(pointer + ": the schema " + ref + " is not in the document");
                return;
            }
            check(document.path("components").path("schemas").path(ref.substring(REF.length())), value, pointer,
                    violations);
            return;
        }
        if (value.isNull()) {
            violations.add(pointer + ": null, where an absent value is left out");
            return;
        }
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        switch (type) {
            case "" -> {
                // any value
            }
            case "string" -> {
                if (!value.isTextual()) {
                    violations.add(pointer + ": " + value + " is not a string");
                } else if (schema.has("enum") && !contains(schema.get("enum"), value)) {
                    violations.add(pointer + ": " + value + " is none of " + schema.get("enum"));
                } else if (!dated(format, value.asText())) {
                    violations.add(pointer + ": " + value + " is no " + format);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber() || "int32".equals(format) && !value.canConvertToInt()) {
                    violations.add(pointer + ": " + value + " is not an integer" + (format.isEmpty() ? "" : " " + format));
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    violations.add(pointer + ": " + value + " is not a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    violations.add(pointer + ": " + value + " is not a boolean");
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    violations.add(pointer + ": not an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.path("items"), value.get(i), pointer + "/" + i, violations);
                }
            }
            case "object" -> {
                if (!value.isObject()) {
                    violations.add(pointer + ": not an object");
                    return;
                }
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext();) {
                    Map.Entry<String, JsonNode> member = members.next();
                    String at = pointer + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
                    if (properties.has(member.getKey())) {
                        check(properties.get(member.getKey()), member.getValue(), at, violations);
                    } else if (additional.isObject()) {
                        check(additional, member.getValue(), at, violations);
                    } else if (additional.isBoolean() && !additional.asBoolean()) {
                        violations.add(at + ": a member the schema does not have");
                    }
                }
            }
            default -> violations.add(pointer + ": the schema's type " + type + " is unknown to the check");
        }
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode one : values) {
            if (one.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean dated(String format, String text) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                default -> {
                    // any text
                }
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
