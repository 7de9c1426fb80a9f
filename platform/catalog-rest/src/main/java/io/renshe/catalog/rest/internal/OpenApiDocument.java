package io.renshe.catalog.rest.internal;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.renshe.catalog.rest.Access;

/**
 * Writes the OpenAPI 3 description of the API from the resource classes the JAX-RS whiteboard serves: paths, methods,
 * path, query and header parameters, request and answer media types come from the JAX-RS annotations, the schemas of
 * JSON answers and bodies from their Java types ({@link OpenApiSchemas}); the tag, the summary, who may call each
 * operation and the types the signature does not tell from the descriptions file of the resource's bundle
 * ({@value #DESCRIPTIONS}, docs/api.md). Summaries and the descriptions of tags and parameters are written in English
 * (the standard members) and in Simplified Chinese (the extensions {@value #SUMMARY_ZH} and {@value #DESCRIPTION_ZH}),
 * for the console. An operation its bundle does not describe is still written, without summaries or tag (the API test
 * then fails).
 */
final class OpenApiDocument {

    /** Where a bundle that serves part of the API describes its operations. */
    static final String DESCRIPTIONS = "OSGI-INF/renshe-api.json";

    /** The operation's summary in Simplified Chinese (from {@code summaryZh} of the descriptions file). */
    static final String SUMMARY_ZH = "x-summary-zh";

    /**
     * A tag's or a parameter's description in Simplified Chinese (from {@code tagsZh}, {@code parametersZh} or
     * {@code queryZh} of the descriptions file).
     */
    static final String DESCRIPTION_ZH = "x-description-zh";

    /**
     * The answer's type that a descriptions file names ({@code answer}, a Java type as Jackson writes it:
     * {@code java.util.List<io.renshe.catalog.api.Item>}) for an operation whose method returns a {@code Response} or
     * JSON written beforehand, when no class of that name is visible to the resource's bundle.
     */
    static final String UNKNOWN_ANSWER = "x-answer-unknown";

    /** The same for the type of a JSON request body ({@code request}). */
    static final String UNKNOWN_REQUEST = "x-request-unknown";

    /** Who may call an operation, as the descriptions files write it. */
    static final List<String> ACCESS = List.of("public", "applicant", "applicant-or-office", "user",
            "office", "admin");

    private static final List<String> METHOD_ORDER = List.of("get", "put", "post", "delete", "patch", "head",
            "options");

    /** Headers of the transport, not of the API: never written as parameters. */
    private static final List<String> TRANSPORT_HEADERS = List.of(HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_TYPE);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * A resource class the whiteboard serves, with the descriptions file of its bundle.
     *
     * @param base the base path of its application ({@code ""} for the default application)
     * @param type the resource class
     * @param descriptions its bundle's descriptions file, or an empty object
     */
    record Served(String base, Class<?> type, JsonNode descriptions) {
    }

    private OpenApiDocument() {
    }

    /**
     * The document.
     *
     * @param version the platform's version
     * @param served the resource classes served; only their paths under {@code /api/} are written
     * @return an OpenAPI 3.0 document
     */
    static ObjectNode build(String version, List<Served> served) {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", "3.0.3");
        ObjectNode info = document.putObject("info");
        info.put("title", "Renshe platform API");
        info.put("version", version);
        info.put("description", "The HTTP API of the platform: the catalog of the social-security services of every "
                + "deployed jurisdiction, the offices' changes, spreadsheets, applications and their tasks, operations "
                + "and the cluster. Every answer is JSON (application/json;charset=UTF-8) unless an operation says "
                + "otherwise; every 4xx and 5xx answer is an RFC 9457 problem (application/problem+json). Sign-in is "
                + "HTTP Basic against the platform's realm; each operation names the roles it needs. The rules: "
                + "docs/api.md of the repository.");
        document.putArray("servers").addObject().put("url", "/");

        ObjectNode components = components();
        OpenApiSchemas schemas = new OpenApiSchemas(JsonConvention.mapper(), (ObjectNode) components.get("schemas"));
        Map<String, ObjectNode> tagDescriptions = new TreeMap<>();
        Map<String, Map<String, ObjectNode>> paths = new TreeMap<>();
        for (Served resource : served) {
            JsonNode chinese = resource.descriptions().path("tagsZh");
            resource.descriptions().path("tags").fields().forEachRemaining(tag -> tagDescriptions
                    .computeIfAbsent(tag.getKey(), name -> withDescriptions(NODES.objectNode().put("name", name),
                            tag.getValue(), chinese.path(name))));
            for (Method method : resource.type().getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                String path = path(resource.base(), resource.type().getAnnotation(Path.class),
                        method.getAnnotation(Path.class));
                if (!path.startsWith("/api/")) {
                    continue;
                }
                JsonNode described = resource.descriptions().path("operations").path(http + " " + path);
                ObjectNode operation = operation(resource.type(), method, described, schemas);
                paths.computeIfAbsent(path, p -> new TreeMap<>(Comparator.comparingInt(METHOD_ORDER::indexOf)))
                        .merge(http.toLowerCase(), operation, OpenApiDocument::merge);
            }
        }

        ArrayNode tags = document.putArray("tags");
        tagDescriptions.values().forEach(tags::add);
        ObjectNode written = document.putObject("paths");
        paths.forEach((path, operations) -> {
            ObjectNode item = written.putObject(path);
            operations.forEach(item::set);
        });
        document.set("components", components);
        return document;
    }

    private static ObjectNode operation(Class<?> type, Method method, JsonNode described, OpenApiSchemas schemas) {
        ObjectNode operation = NODES.objectNode();
        if (described.hasNonNull("tag")) {
            operation.putArray("tags").add(described.get("tag").asText());
        }
        if (described.hasNonNull("summary")) {
            operation.put("summary", described.get("summary").asText());
        }
        if (described.hasNonNull("summaryZh")) {
            operation.put(SUMMARY_ZH, described.get("summaryZh").asText());
        }
        String access = described.path("access").asText("");
        StringBuilder text = new StringBuilder(described.path("description").asText(""));
        if (text.length() > 0) {
            text.append("\n\n");
        }
        ArrayNode roles = NODES.arrayNode();
        switch (access) {
            case "public" -> text.append("Public: no sign-in needed.");
            case "applicant" -> text.append("The applicant: no sign-in, the last six characters of the applicant's ID "
                    + "number in the header X-Id-Suffix.");
            case "applicant-or-office" -> {
                roles.add(Access.OFFICE_PREFIX + "{jurisdiction}").add(Access.ADMIN);
                text.append("The applicant (the last six characters of the ID number in the header X-Id-Suffix, no "
                        + "sign-in), or roles: ").append(Access.OFFICE_PREFIX).append("<id> of the application's "
                        + "jurisdiction or of one of its ancestors, or ").append(Access.ADMIN).append('.');
            }
            case "user" -> text.append("Roles: any signed-in user.");
            case "office" -> {
                roles.add(Access.OFFICE_PREFIX + "{jurisdiction}").add(Access.ADMIN);
                text.append("Roles: ").append(Access.OFFICE_PREFIX).append("<id> of the jurisdiction or of one of its "
                        + "ancestors, or ").append(Access.ADMIN).append('.');
            }
            case "admin" -> {
                roles.add(Access.ADMIN);
                text.append("Roles: ").append(Access.ADMIN).append('.');
            }
            default -> text.append("Not described.");
        }
        operation.put("description", text.toString());
        operation.put("operationId", type.getSimpleName() + "." + method.getName());
        if (ACCESS.contains(access)) {
            operation.put("x-access", access);
            operation.set("x-roles", roles);
        }

        ArrayNode parameters = NODES.arrayNode();
        Parameter bodyType = null;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(Context.class) || parameter.isAnnotationPresent(BeanParam.class)
                    || parameter.isAnnotationPresent(CookieParam.class)
                    || parameter.isAnnotationPresent(MatrixParam.class)
                    || parameter.isAnnotationPresent(FormParam.class)) {
                continue;
            }
            ObjectNode written = parameter(parameter, described.path("parameters"), described.path("parametersZh"));
            if (written != null) {
                parameters.add(written);
            } else if (!isParameter(parameter)) {
                bodyType = parameter;
            }
        }
        described.path("query").fields().forEachRemaining(extra -> {
            ObjectNode written = parameters.addObject();
            withDescriptions(written.put("name", extra.getKey()).put("in", "query"), extra.getValue(),
                    described.path("queryZh").path(extra.getKey()))
                    .put("required", false).putObject("schema").put("type", "string");
        });
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (bodyType != null) {
            ObjectNode body = operation.putObject("requestBody");
            body.put("required", described.path("bodyRequired").asBoolean(true));
            if (described.hasNonNull("body")) {
                body.put("description", described.get("body").asText());
            }
            ObjectNode content = body.putObject("content");
            for (String mediaType : mediaTypes(method.getAnnotation(Consumes.class),
                    type.getAnnotation(Consumes.class), "application/json")) {
                ObjectNode media = content.putObject(mediaType);
                ObjectNode typed = mediaType.contains("json") ? requestSchema(type, bodyType, described, schemas, operation)
                        : null;
                ObjectNode schema = media.putObject("schema");
                if (typed != null) {
                    schema.setAll(typed);
                } else if (mediaType.contains("json")) {
                    schema.put("type", "object");
                } else {
                    schema.put("type", "string").put("format", "binary");
                }
            }
        }

        ObjectNode responses = operation.putObject("responses");
        ObjectNode success = responses.putObject(described.path("status").asText("200"));
        success.put("description", described.path("returns").asText("Success"));
        List<String> produced = mediaTypes(method.getAnnotation(Produces.class), type.getAnnotation(Produces.class),
                null);
        if (!produced.isEmpty()) {
            ObjectNode content = success.putObject("content");
            ObjectNode answer = described.hasNonNull("answer")
                    ? named(type, described.get("answer").asText(), UNKNOWN_ANSWER, schemas, operation)
                    : written(method.getReturnType()) ? schemas.schema(method.getGenericReturnType()) : null;
            for (String mediaType : produced) {
                ObjectNode media = content.putObject(mediaType);
                if (answer != null && mediaType.contains("json")) {
                    media.set("schema", answer);
                }
            }
        }
        if (!"public".equals(access)) {
            responses.putObject("401").put("$ref", "#/components/responses/Unauthorized");
        }
        if (!"public".equals(access) && !"applicant".equals(access)) {
            responses.putObject("403").put("$ref", "#/components/responses/Forbidden");
        }
        responses.putObject("default").put("$ref", "#/components/responses/Problem");
        if (access.equals("applicant-or-office")) {
            ArrayNode security = operation.putArray("security");
            security.addObject();
            security.addObject().putArray("basic");
        } else if (!access.equals("public") && !access.equals("applicant")) {
            operation.putArray("security").addObject().putArray("basic");
        }
        return operation;
    }

    /**
     * The schema of a JSON request body: of the type its descriptions file names ({@code request}), for a body the
     * resource reads itself (a stream or its text), else of the parameter's type; {@code null} when neither tells.
     */
    private static ObjectNode requestSchema(Class<?> type, Parameter body, JsonNode described, OpenApiSchemas schemas,
            ObjectNode operation) {
        if (!described.hasNonNull("request")) {
            Class<?> raw = body.getType();
            // the body's text or bytes, read by the resource itself: their shape is not the parameter's type
            boolean read = raw == String.class || raw == byte[].class || InputStream.class.isAssignableFrom(raw)
                    || java.io.Reader.class.isAssignableFrom(raw);
            return read ? null : schemas.schema(body.getParameterizedType());
        }
        return named(type, described.get("request").asText(), UNKNOWN_REQUEST, schemas, operation);
    }

    /**
     * The schema of a type a descriptions file names, loaded by the resource's bundle; {@code null}, and the name
     * written under {@code unknown}, when it cannot be loaded.
     */
    private static ObjectNode named(Class<?> type, String name, String unknown, OpenApiSchemas schemas,
            ObjectNode operation) {
        try {
            return schemas.schema(name, type.getClassLoader());
        } catch (IllegalArgumentException e) {
            operation.put(unknown, name);
            return null;
        }
    }

    /**
     * One operation served by two resource classes (a list as JSON and as a spreadsheet: JAX-RS chooses by the
     * media type): the first's description, both one's parameters and answer media types.
     */
    private static ObjectNode merge(ObjectNode first, ObjectNode second) {
        // the described one, whichever resource came first, with the other's parameters and media types added
        boolean secondDescribed = !first.has("summary") && second.has("summary");
        ObjectNode merged = secondDescribed ? second : first;
        ObjectNode other = secondDescribed ? first : second;
        if (other.has("parameters")) {
            ArrayNode parameters = merged.has("parameters") ? (ArrayNode) merged.get("parameters")
                    : merged.putArray("parameters");
            for (JsonNode parameter : other.get("parameters")) {
                boolean known = false;
                for (JsonNode present : parameters) {
                    known |= present.path("name").equals(parameter.path("name"))
                            && present.path("in").equals(parameter.path("in"));
                }
                if (!known) {
                    parameters.add(parameter);
                }
            }
        }
        JsonNode more = other.path("responses").path("200").path("content");
        if (merged.path("responses").path("200").isObject() && more.isObject()) {
            ObjectNode success = (ObjectNode) merged.path("responses").path("200");
            ObjectNode content = success.has("content") ? (ObjectNode) success.get("content")
                    : success.putObject("content");
            more.fields().forEachRemaining(type -> {
                JsonNode present = content.get(type.getKey());
                if (present == null || !present.has("schema") && type.getValue().has("schema")) {
                    content.set(type.getKey(), type.getValue());
                }
            });
        }
        return merged;
    }

    /**
     * Whether an answer of this type is written by the API's mapper from the type (not a {@link Response} or JSON
     * written beforehand, whose shape the method's signature does not tell).
     */
    private static boolean written(Class<?> returned) {
        return returned != void.class && returned != Response.class && returned != WrittenJson.class
                && returned != String.class && returned != byte[].class && returned != Object.class
                && !StreamingOutput.class.isAssignableFrom(returned) && !InputStream.class.isAssignableFrom(returned);
    }

    private static boolean isParameter(Parameter parameter) {
        return parameter.isAnnotationPresent(PathParam.class) || parameter.isAnnotationPresent(QueryParam.class)
                || parameter.isAnnotationPresent(HeaderParam.class);
    }

    /** A path, query or header parameter; {@code null} for a transport header or the body. */
    private static ObjectNode parameter(Parameter parameter, JsonNode descriptions, JsonNode chinese) {
        String in;
        String name;
        if (parameter.isAnnotationPresent(PathParam.class)) {
            in = "path";
            name = parameter.getAnnotation(PathParam.class).value();
        } else if (parameter.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            name = parameter.getAnnotation(QueryParam.class).value();
        } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
            name = parameter.getAnnotation(HeaderParam.class).value();
            if (TRANSPORT_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                return null;
            }
            in = "header";
        } else {
            return null;
        }
        ObjectNode written = NODES.objectNode();
        written.put("name", name);
        written.put("in", in);
        withDescriptions(written, descriptions.path(name), chinese.path(name));
        written.put("required", "path".equals(in));
        ObjectNode schema = written.putObject("schema");
        Class<?> type = parameter.getType();
        if (type == long.class || type == Long.class) {
            schema.put("type", "integer").put("format", "int64");
        } else if (type == int.class || type == Integer.class) {
            schema.put("type", "integer").put("format", "int32");
        } else if (type == boolean.class || type == Boolean.class) {
            schema.put("type", "boolean");
        } else {
            schema.put("type", "string");
        }
        return written;
    }

    /** A tag or parameter with its description in English and in Chinese, those of them that are given. */
    private static ObjectNode withDescriptions(ObjectNode node, JsonNode english, JsonNode chinese) {
        if (english.isTextual()) {
            node.put("description", english.asText());
        }
        if (chinese.isTextual()) {
            node.put(DESCRIPTION_ZH, chinese.asText());
        }
        return node;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** The path template, as the JAX-RS runtime writes it: one slash between parts, no regular expressions. */
    static String path(String base, Path type, Path method) {
        String joined = "/" + base + "/" + (type == null ? "" : type.value()) + "/"
                + (method == null ? "" : method.value());
        String path = joined.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<String> mediaTypes(Consumes method, Consumes type, String otherwise) {
        return mediaTypes(method != null ? method.value() : type != null ? type.value() : null, otherwise);
    }

    private static List<String> mediaTypes(Produces method, Produces type, String otherwise) {
        return mediaTypes(method != null ? method.value() : type != null ? type.value() : null, otherwise);
    }

    private static List<String> mediaTypes(String[] declared, String otherwise) {
        List<String> types = new ArrayList<>();
        if (declared != null) {
            for (String value : declared) {
                for (String one : value.split(",")) {
                    if (!one.isBlank() && !types.contains(one.trim())) {
                        types.add(one.trim());
                    }
                }
            }
        }
        if (types.isEmpty() && otherwise != null) {
            types.add(otherwise);
        }
        return types;
    }

    private static ObjectNode components() {
        ObjectNode components = NODES.objectNode();
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode problem = schemas.putObject("Problem");
        problem.put("type", "object");
        problem.put("description", "An RFC 9457 problem: the body of every 4xx and 5xx answer (docs/api.md).");
        problem.putArray("required").add("type").add("title").add("status").add("detail");
        ObjectNode members = problem.putObject("properties");
        members.putObject("type").put("type", "string").put("description", "about:blank");
        members.putObject("title").put("type", "string").put("description", "the status's reason phrase");
        members.putObject("status").put("type", "integer").put("description", "the HTTP status of the answer");
        members.putObject("detail").put("type", "string").put("description", "what is wrong, for a person");
        members.putObject("parameter").put("type", "string")
                .put("description", "the request parameter at fault (a 400 on one parameter)");
        ObjectNode errors = members.putObject("errors");
        errors.put("type", "array");
        errors.putObject("items").put("$ref", "#/components/schemas/ProblemError");
        ObjectNode error = schemas.putObject("ProblemError");
        error.put("type", "object");
        error.put("description", "One error of a problem, with at most one place.");
        error.putArray("required").add("detail");
        ObjectNode place = error.putObject("properties");
        place.putObject("detail").put("type", "string");
        place.putObject("parameter").put("type", "string");
        place.putObject("pointer").put("type", "string").put("description", "an RFC 6901 JSON Pointer into the body");
        place.putObject("file").put("type", "string");
        place.putObject("line").put("type", "integer");
        place.putObject("row").put("type", "integer");
        place.putObject("column").put("type", "string");
        place.putObject("item").put("type", "string");
        place.putObject("code").put("type", "string");

        ObjectNode responses = components.putObject("responses");
        problemResponse(responses, "Problem", "An error: an RFC 9457 problem.");
        problemResponse(responses, "Unauthorized", "No signed-in user, or a wrong Authorization: sign in "
                + "(WWW-Authenticate: Basic, except for a request with X-Requested-With: XMLHttpRequest).");
        problemResponse(responses, "Forbidden", "The signed-in user's roles do not allow it; detail names the roles "
                + "that would.");

        components.putObject("securitySchemes").putObject("basic").put("type", "http").put("scheme", "basic")
                .put("description", "HTTP Basic against the platform's JAAS realm (Karaf's). Roles: "
                        + Access.ADMIN + " (everything), " + Access.OFFICE_PREFIX + "<jurisdictionId> (that "
                        + "jurisdiction and its descendants).");
        return components;
    }

    private static void problemResponse(ObjectNode responses, String name, String description) {
        ObjectNode response = responses.putObject(name);
        response.put("description", description);
        response.putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
    }

    /**
     * The operations of a document, as {@code METHOD /path} keys.
     *
     * @param document an OpenAPI document
     * @return its operations, in order
     */
    static List<String> operations(JsonNode document) {
        List<String> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }

    static Map<String, JsonNode> described(JsonNode descriptions) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        descriptions.path("operations").fields().forEachRemaining(e -> operations.put(e.getKey(), e.getValue()));
        return operations;
    }
}
