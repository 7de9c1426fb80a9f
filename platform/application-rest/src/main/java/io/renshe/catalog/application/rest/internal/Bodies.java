package io.renshe.catalog.application.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.renshe.catalog.application.Applicant;
import io.renshe.catalog.application.ApplicationRequest;
import io.renshe.catalog.application.MaterialUpload;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;

/**
 * Request bodies read leniently into maps, and then into the service's types with every problem of their shape at
 * once (a wrong type, an unknown member), each with a JSON Pointer. The body is read with a size limit; a body that
 * is no JSON is a 400, one that is too large a 413.
 */
final class Bodies {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private Bodies() {
    }

    /**
     * The members a body may have: the components of the record that describes it (also its schema in the OpenAPI
     * description, named by {@code request} in OSGI-INF/renshe-api.json), so that the two cannot differ.
     */
    static Set<String> members(Class<? extends Record> body) {
        Set<String> members = new java.util.LinkedHashSet<>();
        for (java.lang.reflect.RecordComponent component : body.getRecordComponents()) {
            members.add(component.getName());
        }
        return Set.copyOf(members);
    }

    /** Where the configured limit of request bodies is set, for the 413 that names it. */
    static final String BODY_LIMIT = "body.max.bytes in etc/io.renshe.application.rest.cfg";

    /** The body as a JSON object; an empty body is an empty object. A fixed limit: the 413 names no setting. */
    static Map<String, Object> object(InputStream body, long maxBytes) {
        return object(body, maxBytes, null);
    }

    /**
     * The body as a JSON object; an empty body is an empty object.
     *
     * @param limit the setting of {@code maxBytes}, named by the 413 ({@link #BODY_LIMIT}), or {@code null}
     */
    static Map<String, Object> object(InputStream body, long maxBytes, String limit) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw Problem.of(400, "The request body could not be read");
        }
        if (bytes.length > maxBytes) {
            throw Problem.contentTooLarge("The request body is larger than " + maxBytes + " bytes"
                    + (limit == null ? "" : " (" + limit + ")"));
        }
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> object = MAPPER.readValue(bytes, OBJECT);
            return object == null ? Map.of() : object;
        } catch (JsonParseException e) {
            throw Problem.of(400, "The request body is not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (JsonProcessingException e) {
            throw Problem.of(400, "The request body is not a JSON object");
        } catch (IOException e) {
            throw Problem.of(400, "The request body could not be read");
        }
    }

    /** Reads the values of a JSON object, noting every problem of their shape. */
    static final class Reader {
        final List<ProblemError> errors = new ArrayList<>();

        void only(Map<String, Object> object, String pointer, Set<String> members) {
            for (String member : object.keySet()) {
                if (!members.contains(member)) {
                    errors.add(ProblemError.ofItem(null, "unknown-member", pointer + "/" + token(member),
                            "Unknown member '" + member + "' (allowed: " + String.join(", ", members.stream().sorted().toList()) + ")"));
                }
            }
        }

        String text(Map<String, Object> object, String name, String pointer) {
            Object value = object.get(name);
            if (value == null || value instanceof String) {
                return (String) value;
            }
            errors.add(ProblemError.ofItem(null, "wrong-type", pointer + "/" + name, name + " must be a text"));
            return null;
        }

        boolean flag(Map<String, Object> object, String name, String pointer) {
            Object value = object.get(name);
            if (value == null || value instanceof Boolean) {
                return Boolean.TRUE.equals(value);
            }
            errors.add(ProblemError.ofItem(null, "wrong-type", pointer + "/" + name, name + " must be true or false"));
            return false;
        }

        Integer number(Map<String, Object> object, String name, String pointer) {
            Object value = object.get(name);
            if (value == null) {
                return null;
            }
            if (value instanceof Integer number) {
                return number;
            }
            errors.add(ProblemError.ofItem(null, "wrong-type", pointer + "/" + name, name + " must be a whole number"));
            return null;
        }

        List<String> texts(Map<String, Object> object, String name, String pointer) {
            Object value = object.get(name);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                errors.add(ProblemError.ofItem(null, "wrong-type", pointer + "/" + name, name + " must be a list of texts"));
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String text) {
                    texts.add(text);
                } else {
                    errors.add(ProblemError.ofItem(null, "wrong-type", pointer + "/" + name + "/" + i,
                            name + " must be a list of texts"));
                }
            }
            return texts;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(Map<String, Object> object, String name, String pointer) {
            Object value = object.get(name);
            if (value == null) {
                return null;
            }
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            errors.add(ProblemError.ofItem(null, "wrong-type", pointer + "/" + name, name + " must be a JSON object"));
            return null;
        }

        List<MaterialUpload> materials(Map<String, Object> object, String pointer) {
            Object value = object.get("materials");
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                errors.add(ProblemError.ofItem(null, "wrong-type", pointer + "/materials",
                        "materials must be a list of {name, content}"));
                return List.of();
            }
            List<MaterialUpload> materials = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String at = pointer + "/materials/" + i;
                if (!(list.get(i) instanceof Map<?, ?> map)) {
                    errors.add(ProblemError.ofItem(null, "wrong-type", at, "a material is an object {name, content}"));
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> material = (Map<String, Object>) map;
                only(material, at, Set.of("name", "content"));
                materials.add(new MaterialUpload(text(material, "name", at), text(material, "content", at)));
            }
            return materials;
        }
    }

    /** {@code POST /api/applications}: the application, and every problem of its shape. */
    static ApplicationRequest application(Map<String, Object> body, Reader reader) {
        reader.only(body, "", Set.of("jurisdiction", "oneThing", "items", "applicant", "commitment", "answers",
                "materials"));
        Map<String, Object> person = reader.object(body, "applicant", "");
        Applicant applicant = null;
        if (person != null) {
            reader.only(person, "/applicant", Set.of("name", "idNumber", "phone", "address"));
            applicant = new Applicant(reader.text(person, "name", "/applicant"), reader.text(person, "idNumber", "/applicant"),
                    reader.text(person, "phone", "/applicant"), reader.text(person, "address", "/applicant"));
        }
        Map<String, Map<String, Object>> answers = new LinkedHashMap<>();
        Map<String, Object> given = reader.object(body, "answers", "");
        if (given != null) {
            for (String item : given.keySet()) {
                Map<String, Object> itemAnswers = reader.object(given, item, "/answers");
                if (itemAnswers != null) {
                    answers.put(item, itemAnswers);
                }
            }
        }
        return new ApplicationRequest(reader.text(body, "jurisdiction", ""), reader.text(body, "oneThing", ""),
                reader.texts(body, "items", ""), applicant, reader.flag(body, "commitment", ""), answers,
                reader.materials(body, ""));
    }

    static String token(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }
}
