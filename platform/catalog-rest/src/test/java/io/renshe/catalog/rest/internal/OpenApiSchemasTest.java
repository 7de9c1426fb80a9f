package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.HandlingLevel;

/**
 * The schemas of Java types as the API's mapper writes them, compared with what that mapper writes of a value.
 */
class OpenApiSchemasTest {

    record Duty(HandlingLevel level, Map<String, List<Instant>> seen, long count, JsonNode extra) {
    }

    static final class First {
        record Entry(String name) {
        }
    }

    static final class Second {
        record Entry(int number) {
        }
    }

    record Both(First.Entry first, Second.Entry second) {
    }

    @Test
    void enumKeysMapsListsInstantsAndAnyJson() throws Exception {
        ObjectNode written = JsonNodeFactory.instance.objectNode();
        OpenApiSchemas of = new OpenApiSchemas(JsonConvention.mapper(), written);
        assertEquals("{\"$ref\":\"#/components/schemas/Duty\"}", of.schema(Duty.class).toString());
        assertEquals("{\"type\":\"object\",\"properties\":{"
                + "\"level\":{\"type\":\"string\",\"enum\":[\"district\",\"town\",\"village\"]},"
                + "\"seen\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"array\",\"items\":"
                + "{\"type\":\"string\",\"format\":\"date-time\"}}},"
                + "\"count\":{\"type\":\"integer\",\"format\":\"int64\"},"
                + "\"extra\":{}},\"additionalProperties\":false}", written.path("Duty").toString());
        // what the mapper writes of a value has exactly these members
        JsonNode value = JsonConvention.mapper().valueToTree(new Duty(HandlingLevel.TOWN,
                Map.of("341004", List.of(Instant.parse("2026-11-29T08:00:00Z"))), 3, null));
        assertEquals("{\"level\":\"town\",\"seen\":{\"341004\":[\"2026-11-29T08:00:00Z\"]},\"count\":3}",
                value.toString());
        assertNull(of.schema(JsonNode.class), "any JSON: no schema");
        assertEquals("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Duty\"}}",
                of.schema(new TypeReference<List<Duty>>() { }.getType()).toString());
    }

    @Test
    void anUnwrappedValueSitsBesideItsProvenanceInAComponentNamedWithItsArguments() throws Exception {
        ObjectNode written = JsonNodeFactory.instance.objectNode();
        OpenApiSchemas of = new OpenApiSchemas(JsonConvention.mapper(), written);
        assertEquals("{\"$ref\":\"#/components/schemas/SourcedDuty\"}",
                of.schema(new TypeReference<Sourced<Duty>>() { }.getType()).toString());
        assertEquals(List.of("level", "seen", "count", "extra", "provenance"),
                names(written.path("SourcedDuty").path("properties")));
        assertEquals("#/components/schemas/Provenance",
                written.path("SourcedDuty").path("properties").path("provenance").path("$ref").asText());
        assertEquals(List.of("jurisdiction", "inherited", "overridden", "overlay", "by", "at", "reason"),
                names(written.path("Provenance").path("properties")));
    }

    @Test
    void aNameTakenByAnotherClassGetsItsEnclosingClassInFront() throws Exception {
        ObjectNode written = JsonNodeFactory.instance.objectNode();
        written.putObject("Problem");
        OpenApiSchemas of = new OpenApiSchemas(JsonConvention.mapper(), written);
        of.schema(Both.class);
        assertEquals("#/components/schemas/Entry", written.path("Both").path("properties").path("first")
                .path("$ref").asText());
        assertEquals("#/components/schemas/SecondEntry", written.path("Both").path("properties").path("second")
                .path("$ref").asText());
        assertEquals("{}", written.path("Problem").toString(), "a name given before is kept");
    }

    @Test
    void aTypeNamedAsJacksonNamesIt() {
        ObjectNode written = JsonNodeFactory.instance.objectNode();
        OpenApiSchemas of = new OpenApiSchemas(JsonConvention.mapper(), written);
        assertEquals("{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Duty\"}}",
                of.schema("java.util.List<" + Duty.class.getName() + ">", getClass().getClassLoader()).toString());
        assertThrows(IllegalArgumentException.class, () -> of.schema("io.renshe.NoSuchType",
                getClass().getClassLoader()));
        assertNull(of.schema(Object.class));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
