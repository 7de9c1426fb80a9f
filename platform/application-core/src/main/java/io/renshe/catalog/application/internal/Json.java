package io.renshe.catalog.application.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.renshe.catalog.application.ResultNote;

/** The JSON the application tables keep in text columns: answers, result notes, lists of names. */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<ResultNote>> NOTES = new TypeReference<>() {
    };

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    static JsonNode parse(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    static Map<String, Object> object(String text) {
        return text == null ? null : read(text, OBJECT);
    }

    static Map<String, Object> object(JsonNode tree) {
        return MAPPER.convertValue(tree, OBJECT);
    }

    static List<String> strings(String text) {
        return text == null ? List.of() : read(text, STRINGS);
    }

    static List<ResultNote> notes(String text) {
        return text == null ? List.of() : read(text, NOTES);
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (IOException e) {
            // no content in the message: the text may hold personal data
            throw new IllegalStateException("a JSON column of the application tables cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
