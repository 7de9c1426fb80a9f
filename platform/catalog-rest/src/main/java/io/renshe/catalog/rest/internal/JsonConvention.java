package io.renshe.catalog.rest.internal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import io.renshe.catalog.api.EffectiveCatalog;

/**
 * The API's one JSON configuration (docs/api.md): field names as the Java components are named (camelCase), enum
 * values as lower-case keys, absent values left out, dates and instants as ISO-8601 text, UTF-8. Each mapper carries its
 * own {@link TypeFactory}, so that no cache shared across bundles holds the REST bundle's classes.
 */
final class JsonConvention {

    private JsonConvention() {
    }

    /** A new mapper with the API's configuration. */
    static JsonMapper mapper() {
        SimpleModule module = new SimpleModule("renshe-api");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                    BeanDescription description, JsonSerializer<?> serializer) {
                return new EnumKeySerializer(valueType.getRawClass(), false);
            }

            @Override
            public JsonSerializer<?> modifyKeySerializer(SerializationConfig config, JavaType valueType,
                    BeanDescription description, JsonSerializer<?> serializer) {
                return valueType.isEnumType() ? new EnumKeySerializer(valueType.getRawClass(), true) : serializer;
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new EnumKeyDeserializer(type.getRawClass());
            }
        });
        module.addSerializer(Instant.class, ToStringSerializer.instance);
        module.addSerializer(LocalDate.class, ToStringSerializer.instance);
        return JsonMapper.builder()
                // a type cache of its own: Jackson's shared TypeFactory would keep the answer types (and with them this
                // bundle's class loader) after the bundle is refreshed
                .typeFactory(TypeFactory.createDefaultInstance())
                .addModule(module)
                .addMixIn(EffectiveCatalog.Sourced.class, SourcedMixin.class)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** An inherited element reads as the element itself, with its provenance beside its own fields. */
    abstract static class SourcedMixin {
        @JsonUnwrapped
        abstract Object value();
    }

    /**
     * The key of an enum constant: the vocabulary key for the enums that declare one ({@code key()}: {@code district},
     * {@code bank}, {@code 业务办理类}), else the constant's name in lower case with hyphens ({@code working-days}).
     */
    static String key(Enum<?> constant) {
        try {
            Method key = constant.getDeclaringClass().getMethod("key");
            if (key.getReturnType() == String.class && !Modifier.isStatic(key.getModifiers())) {
                return (String) key.invoke(constant);
            }
        } catch (NoSuchMethodException e) {
            // no vocabulary key: the name's
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the key of " + constant, e);
        }
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String[] keys(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        String[] keys = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            keys[i] = key((Enum<?>) constants[i]);
        }
        return keys;
    }

    /** Writes an enum constant as its key; as a value or as a map key. */
    static final class EnumKeySerializer extends StdSerializer<Enum<?>> {
        private static final long serialVersionUID = 1L;
        private final String[] keys;
        private final boolean mapKey;

        @SuppressWarnings("unchecked")
        EnumKeySerializer(Class<?> type, boolean mapKey) {
            super((Class<Enum<?>>) type);
            this.keys = keys(type);
            this.mapKey = mapKey;
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (mapKey) {
                generator.writeFieldName(keys[value.ordinal()]);
            } else {
                generator.writeString(keys[value.ordinal()]);
            }
        }
    }

    /** Reads an enum constant from its key, and from nothing else. */
    static final class EnumKeyDeserializer extends StdDeserializer<Enum<?>> {
        private static final long serialVersionUID = 1L;
        private final Map<String, Enum<?>> byKey = new HashMap<>();

        EnumKeyDeserializer(Class<?> type) {
            super(type);
            String[] keys = keys(type);
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < keys.length; i++) {
                byKey.put(keys[i], (Enum<?>) constants[i]);
            }
        }

        @Override
        public Enum<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            Enum<?> constant = text == null ? null : byKey.get(text);
            if (constant == null) {
                return (Enum<?>) context.handleWeirdStringValue(handledType(), text, "not one of " + byKey.keySet());
            }
            return constant;
        }
    }
}
