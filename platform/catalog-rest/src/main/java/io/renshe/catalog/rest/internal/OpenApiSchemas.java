package io.renshe.catalog.rest.internal;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The schemas (OpenAPI 3.0's JSON Schema) of the Java types that the API reads and writes, as the API's own mapper
 * ({@link JsonConvention}) writes them: the properties Jackson finds (mix-ins and unwrapped values included), enum
 * constants as their keys, instants and dates as ISO-8601 text. Absent values are left out of an answer, so no property
 * is required, and no other member is written or read. Records and other beans become components, named by their simple name (a generic one with its type
 * arguments: {@code SourcedItemList}); a name taken by another class gets its enclosing class's name in front.
 */
final class OpenApiSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String REF = "#/components/schemas/";

    private final ObjectMapper mapper;
    private final ObjectNode components;
    private final Map<JavaType, String> names = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /**
     * @param mapper the mapper whose view of the types is written
     * @param components the {@code components/schemas} object the beans are written to; its names are kept
     */
    OpenApiSchemas(ObjectMapper mapper, ObjectNode components) {
        this.mapper = mapper;
        this.components = components;
        components.fieldNames().forEachRemaining(taken::add);
    }

    /**
     * The schema of a type as the API writes it.
     *
     * @param type a parameter's or a method's generic type
     * @return its schema, or {@code null} when any JSON may be written (a {@link JsonNode}, an {@link Object})
     */
    ObjectNode schema(Type type) {
        ObjectNode schema = schema(mapper.constructType(type));
        return schema.isEmpty() ? null : schema;
    }

    /**
     * The schema of a type named as Jackson writes it ({@code java.util.List<io.renshe.catalog.api.Item>}, a nested
     * class with {@code $}).
     *
     * @param canonical the type's name
     * @param loader where its classes are found
     * @return its schema, or {@code null} when any JSON may be written
     * @throws IllegalArgumentException when a class cannot be found or the name is malformed
     */
    ObjectNode schema(String canonical, ClassLoader loader) {
        ObjectNode schema = schema(mapper.getTypeFactory().withClassLoader(loader).constructFromCanonical(canonical));
        return schema.isEmpty() ? null : schema;
    }

    private ObjectNode schema(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isReferenceType()) {
            return schema(type.getReferencedType());
        }
        if (raw == String.class || raw == char.class || raw == Character.class || raw == URI.class
                || raw == UUID.class) {
            return string(null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return NODES.objectNode().put("type", "integer").put("format", "int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return NODES.objectNode().put("type", "integer").put("format", "int64");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return string("date-time");
        }
        if (raw == LocalDate.class) {
            return string("date");
        }
        if (raw.isEnum()) {
            ObjectNode schema = string(null);
            for (Object constant : raw.getEnumConstants()) {
                schema.withArray("enum").add(JsonConvention.key((Enum<?>) constant));
            }
            return schema;
        }
        if (raw == byte[].class) {
            return string("byte");
        }
        if (type.isArrayType() || type.isCollectionLikeType()) {
            ObjectNode schema = NODES.objectNode().put("type", "array");
            schema.set("items", schema(type.getContentType()));
            return schema;
        }
        if (type.isMapLikeType()) {
            ObjectNode schema = NODES.objectNode().put("type", "object");
            ObjectNode values = schema(type.getContentType());
            schema.set("additionalProperties", values.isEmpty() ? NODES.booleanNode(true) : values);
            return schema;
        }
        if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class || raw.isInterface() && raw.getName()
                .startsWith("java.") || raw.isPrimitive()) {
            return NODES.objectNode();
        }
        return NODES.objectNode().put("$ref", REF + component(type));
    }

    private static ObjectNode string(String format) {
        ObjectNode schema = NODES.objectNode().put("type", "string");
        if (format != null) {
            schema.put("format", format);
        }
        return schema;
    }

    /** The component of a bean, written the first time it is met (its name reserved first: beans may nest). */
    private String component(JavaType type) {
        String known = names.get(type);
        if (known != null) {
            return known;
        }
        String name = name(type);
        names.put(type, name);
        taken.add(name);
        ObjectNode schema = components.putObject(name);
        schema.put("type", "object");
        ObjectNode properties = NODES.objectNode();
        properties(type, properties);
        schema.set("properties", properties);
        // the API's mapper writes no other member, and reads none (an unknown member is a 400)
        schema.put("additionalProperties", false);
        return name;
    }

    /** The properties Jackson writes for a bean, an unwrapped value's in its place. */
    private void properties(JavaType type, ObjectNode properties) {
        SerializationConfig config = mapper.getSerializationConfig();
        BeanDescription bean = config.introspect(type);
        AnnotationIntrospector annotations = config.getAnnotationIntrospector();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor == null) {
                continue;
            }
            JavaType propertyType = property.getPrimaryType();
            if (annotations.findUnwrappingNameTransformer(accessor) != null) {
                properties(propertyType, properties);
            } else {
                properties.set(property.getName(), schema(propertyType));
            }
        }
    }

    private String name(JavaType type) {
        StringBuilder simple = new StringBuilder(type.getRawClass().getSimpleName());
        for (int i = 0; i < type.containedTypeCount(); i++) {
            simple.append(type.containedType(i).getRawClass().getSimpleName());
        }
        String name = simple.toString();
        Class<?> enclosing = type.getRawClass().getEnclosingClass();
        if (taken.contains(name) && enclosing != null) {
            name = enclosing.getSimpleName() + name;
        }
        String unique = name;
        for (int n = 2; taken.contains(unique); n++) {
            unique = name + n;
        }
        return unique;
    }
}
