package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules of docs/api.md, checked on one HTTP answer: the content type, the body's shape, field names, enum
 * values, absent values, and the problem members of an error.
 */
final class ApiConvention {

    /** camelCase: a lower-case letter, then letters and digits. */
    static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** A lower-case key: words of lower-case letters and digits joined by hyphens. */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A Chinese label (业务办理类, 个人, 就近办 …) stands for itself. */
    static final Pattern LABEL = Pattern.compile(".*\\p{IsHan}.*");
    /** The fields whose text values are enumerated: each is a key or a Chinese label. */
    static final Set<String> ENUMERATED = Set.of("kind", "unit", "level", "levels", "channels", "role", "status", "type");

    /**
     * The media types of the one documented exception to JSON answers: a list as a spreadsheet
     * ({@code GET /api/jurisdictions/{id}/lists/{listId}?format=csv|xlsx}), CSV in UTF-8 and xlsx.
     */
    static final Set<String> SHEETS = Set.of("text/csv;charset=utf-8",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiConvention() {
    }

    /**
     * Checks an answer and gives its JSON.
     *
     * @param what the request, for the messages
     * @param document {@code true} for a served document (the JSON Schema, a JSON-LD export), whose member names are its
     *        own
     */
    static JsonNode check(String what, int status, String contentType, String body, boolean document) throws Exception {
        assertNotNull(what + ": a content type", contentType);
        String type = contentType.toLowerCase(Locale.ROOT).replace(" ", "");
        if (status < 400 && SHEETS.contains(type)) {
            // the documented exception (docs/api.md): a list as a spreadsheet download is no JSON
            return null;
        }
        JsonNode json = MAPPER.readTree(body);
        if (status >= 400) {
            assertEquals(what + ": an error is a problem: " + contentType, "application/problem+json;charset=utf-8", type);
            checkProblem(what, status, json);
        } else {
            assertTrue(what + ": a success is JSON in UTF-8: " + contentType,
                    type.equals("application/json;charset=utf-8")
                            || document && (type.equals("application/schema+json;charset=utf-8")
                                    || type.equals("application/ld+json;charset=utf-8")));
        }
        if (!document) {
            checkTree(what, "$", json, null, status < 400);
        }
        return json;
    }

    static void checkProblem(String what, int status, JsonNode problem) {
        assertTrue(what + ": a problem is an object: " + problem, problem.isObject());
        assertTrue(what + ": type is a URI: " + problem, problem.path("type").isTextual()
                && problem.path("type").asText().contains(":"));
        assertTrue(what + ": title: " + problem, problem.path("title").isTextual() && !problem.path("title").asText().isBlank());
        assertTrue(what + ": status is a number: " + problem, problem.path("status").isInt());
        assertEquals(what + ": status is the answer's: " + problem, status, problem.path("status").asInt());
        assertTrue(what + ": detail: " + problem, problem.path("detail").isTextual() && !problem.path("detail").asText().isBlank());
        if (problem.has("parameter")) {
            assertTrue(what + ": parameter names one: " + problem, problem.path("parameter").isTextual());
        }
        if (problem.has("errors")) {
            assertTrue(what + ": errors is a list: " + problem, problem.path("errors").isArray() && problem.path("errors").size() > 0);
            for (JsonNode error : problem.path("errors")) {
                assertTrue(what + ": each error has a detail: " + error, error.path("detail").isTextual());
                int places = (error.has("parameter") ? 1 : 0) + (error.has("pointer") ? 1 : 0) + (error.has("file") ? 1 : 0)
                        + (error.has("row") ? 1 : 0);
                assertTrue(what + ": each error has at most one place: " + error, places <= 1);
                assertTrue(what + ": a line is in a file: " + error, !error.has("line") || error.path("line").isInt()
                        && error.has("file"));
                assertTrue(what + ": a column is in a row: " + error, !error.has("column")
                        || error.path("column").isTextual() && error.path("row").isInt());
            }
        }
    }

    private static void checkTree(String what, String at, JsonNode node, String field, boolean success) {
        assertFalse(what + ": " + at + " is null; absent values are left out", node.isNull());
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                assertTrue(what + ": " + at + "." + member.getKey() + " is not camelCase", FIELD.matcher(member.getKey()).matches());
                checkTree(what, at + "." + member.getKey(), member.getValue(), member.getKey(), success);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTree(what, at + "[" + i + "]", node.get(i), field, success);
            }
        } else if (success && node.isTextual() && field != null && ENUMERATED.contains(field)) {
            String value = node.asText();
            assertTrue(what + ": " + at + " = '" + value + "' is neither a lower-case key nor a Chinese label",
                    KEY.matcher(value).matches() || LABEL.matcher(value).matches());
        }
    }
}
