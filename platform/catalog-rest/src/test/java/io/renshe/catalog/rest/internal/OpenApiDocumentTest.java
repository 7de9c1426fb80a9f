package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.rest.ApiResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI description written from this bundle's own resource classes and descriptions file, read back by a real
 * OpenAPI parser (swagger-parser). That every deployed endpoint of every bundle is described is checked by
 * ApiConventionIT in the container.
 */
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(CatalogResource.class, CalendarResource.class,
            HealthResource.class, MeResource.class, EventsResource.class, SchemaResource.class, OpenApiResource.class);

    private static JsonNode descriptions() throws Exception {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(OpenApiDocument.DESCRIPTIONS)) {
            assertNotNull(in, OpenApiDocument.DESCRIPTIONS + " is in the bundle");
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode document(Class<?>... more) throws Exception {
        List<OpenApiDocument.Served> served = new ArrayList<>();
        JsonNode descriptions = descriptions();
        for (Class<?> type : RESOURCES) {
            served.add(new OpenApiDocument.Served("", type, descriptions));
        }
        for (Class<?> type : more) {
            served.add(new OpenApiDocument.Served("", type, new ObjectMapper().readTree("{\"operations\":{"
                    + "\"GET /api/jurisdictions/{id}/lists/{listId}\":{\"query\":{\"format\":\"csv or xlsx\"}}}}")));
        }
        return OpenApiDocument.build("1.2.3", served);
    }

    private static OpenAPI parsed(JsonNode document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document.toString(), null, options);
        assertEquals(List.of(), result.getMessages(), "the parser's messages");
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void isValidOpenApi3ThatEveryOperationDescribes() throws Exception {
        OpenAPI api = parsed(document());
        assertEquals("3.0.3", api.getOpenapi());
        assertEquals("1.2.3", api.getInfo().getVersion());
        assertEquals("basic", api.getComponents().getSecuritySchemes().get("basic").getScheme());
        assertTrue(api.getComponents().getSchemas().containsKey("Problem"));
        List<String> tags = List.of("calendar", "catalog", "offices", "operations");
        assertEquals(tags, api.getTags().stream().map(t -> t.getName()).toList());
        for (Tag tag : api.getTags()) {
            assertTrue(chinese(tag.getExtensions(), OpenApiDocument.DESCRIPTION_ZH), tag.getName() + " in Chinese");
        }
        int operations = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String what = entry.getKey() + " " + path.getKey();
                operations++;
                assertFalse(operation.getSummary() == null || operation.getSummary().isBlank(), what + " has a summary");
                assertTrue(chinese(operation.getExtensions(), OpenApiDocument.SUMMARY_ZH),
                        what + " has a Chinese summary");
                for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of()
                        : operation.getParameters()) {
                    assertEquals(parameter.getDescription() != null,
                            chinese(parameter.getExtensions(), OpenApiDocument.DESCRIPTION_ZH),
                            what + " " + parameter.getName() + ": described in Chinese where it is in English");
                }
                assertEquals(1, operation.getTags().size(), what);
                assertTrue(tags.contains(operation.getTags().get(0)), what);
                assertTrue(OpenApiDocument.ACCESS.contains(operation.getExtensions().get("x-access")), what);
                assertEquals("#/components/responses/Problem", operation.getResponses().get("default").get$ref(), what);
                assertFalse(operation.getResponses().keySet().stream().noneMatch(s -> s.startsWith("2")), what);
            }
        }
        assertEquals(26, operations, "the operations of catalog-rest");
    }

    /** Whether an extension is a text with at least one Chinese character. */
    private static boolean chinese(Map<String, Object> extensions, String name) {
        return extensions != null && extensions.get(name) instanceof String text
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void summariesAndDescriptionsAreInEnglishAndChinese() throws Exception {
        OpenAPI api = parsed(document());
        Operation jurisdictions = api.getPaths().get("/api/jurisdictions").getGet();
        assertEquals("Every deployed jurisdiction bundle with its level, parent, version, status and errors",
                jurisdictions.getSummary());
        assertEquals("已部署的全部辖区目录包：层级、上级辖区、版本、状态和错误",
                jurisdictions.getExtensions().get("x-summary-zh"));
        Parameter id = api.getPaths().get("/api/jurisdictions/{id}").getGet().getParameters().get(0);
        assertEquals("the jurisdiction id, e.g. 341000", id.getDescription());
        assertEquals("辖区代码，如 341000", id.getExtensions().get("x-description-zh"));
        Tag calendar = api.getTags().get(0);
        assertEquals("calendar", calendar.getName());
        assertEquals("工作日历：各辖区的法定节假日、调休工作日和办结期限计算",
                calendar.getExtensions().get("x-description-zh"));
    }

    @Test
    void describesExactlyTheOperationsOfTheResources() throws Exception {
        JsonNode document = document();
        assertEquals(new TreeSet<>(OpenApiDocument.described(descriptions()).keySet()),
                new TreeSet<>(OpenApiDocument.operations(document)));
    }

    @Test
    void parametersBodiesAndRolesComeFromTheResources() throws Exception {
        OpenAPI api = parsed(document());
        Operation items = api.getPaths().get("/api/jurisdictions/{id}/items").getGet();
        assertEquals(List.of("path id", "query level", "query channel", "query unit", "query category",
                "query applicant", "query q"), items.getParameters().stream().map(p -> p.getIn() + " " + p.getName())
                .toList());
        assertTrue(items.getParameters().get(0).getRequired());
        assertEquals("district, town or village", items.getParameters().get(1).getDescription());
        assertEquals(null, items.getSecurity());
        assertTrue(items.getResponses().get("200").getContent().containsKey("application/json;charset=UTF-8"));

        Operation validate = api.getPaths().get("/api/validate").getPost();
        assertEquals(List.of("application/java-archive", "application/octet-stream", "application/zip"),
                new ArrayList<>(validate.getRequestBody().getContent().keySet()));
        assertEquals("binary", validate.getRequestBody().getContent().get("application/zip").getSchema().getFormat());
        assertEquals(List.of(), validate.getParameters() == null ? List.of() : validate.getParameters(),
                "Content-Length is the transport's, no parameter");
        assertEquals(List.of("basic"), new ArrayList<>(validate.getSecurity().get(0).keySet()));
        assertEquals(List.of("renshe-admin"), validate.getExtensions().get("x-roles"));
        assertTrue(validate.getDescription().endsWith("Roles: renshe-admin."), validate.getDescription());
        assertEquals("#/components/responses/Forbidden", validate.getResponses().get("403").get$ref());

        Operation schema = api.getPaths().get("/api/schema/renshe-catalog-1.json").getGet();
        assertEquals(List.of("application/schema+json;charset=UTF-8", "application/json;charset=UTF-8"),
                new ArrayList<>(schema.getResponses().get("200").getContent().keySet()));
        Parameter year = api.getPaths().get("/api/calendar/{jurisdictionId}/{year}").getGet().getParameters().get(1);
        assertEquals("year", year.getName());
        assertEquals("string", year.getSchema().getType());
    }

    @Path("api/jurisdictions/{id}/lists/{listId}")
    public static final class SheetLike {
        @GET
        @Produces({"text/csv;charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
        public String export(@javax.ws.rs.PathParam("id") String id, @javax.ws.rs.PathParam("listId") String listId,
                @Context UriInfo uri) {
            return "";
        }
    }

    @Test
    void anOperationOfTwoResourcesIsOneWithBothMediaTypesAndParameters() throws Exception {
        OpenAPI api = parsed(document(SheetLike.class));
        Operation list = api.getPaths().get("/api/jurisdictions/{id}/lists/{listId}").getGet();
        assertEquals("catalog", list.getTags().get(0));
        assertEquals(List.of("application/json;charset=UTF-8", "text/csv;charset=UTF-8",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                new ArrayList<>(list.getResponses().get("200").getContent().keySet()));
        assertEquals(List.of("id", "listId", "format"), list.getParameters().stream().map(Parameter::getName).toList());

        // whichever resource the runtime lists first: the described operation, with the JSON's schema
        List<OpenApiDocument.Served> sheetFirst = new ArrayList<>(List.of(new OpenApiDocument.Served("", SheetLike.class,
                new ObjectMapper().readTree("{}"))));
        sheetFirst.add(new OpenApiDocument.Served("", CatalogResource.class, descriptions()));
        for (JsonNode document : List.of(document(SheetLike.class), OpenApiDocument.build("1.2.3", sheetFirst))) {
            JsonNode get = document.path("paths").path("/api/jurisdictions/{id}/lists/{listId}").path("get");
            assertEquals("catalog", get.path("tags").path(0).asText());
            assertEquals("#/components/schemas/SourcedItemList", get.path("responses").path("200").path("content")
                    .path(ApiResource.JSON_UTF8).path("schema").path("$ref").asText());
            assertEquals(3, get.path("responses").path("200").path("content").size());
        }
    }

    @Test
    void pathTemplatesAreWrittenAsTheRuntimeWritesThem() {
        assertEquals("/api/tasks/{id}/accept", OpenApiDocument.path("", path("api/tasks/"), path("{id : \\d+}/accept")));
        assertEquals("/api/health", OpenApiDocument.path("", path("/api/health"), null));
        assertEquals("/", OpenApiDocument.path("", path("/"), null));
    }

    private static Path path(String value) {
        return new Path() {
            @Override
            public Class<Path> annotationType() {
                return Path.class;
            }

            @Override
            public String value() {
                return value;
            }
        };
    }

    @Test
    void answersHaveTheSchemasOfTheirTypesAsTheApiWritesThem() throws Exception {
        JsonNode document = document();
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode ready = document.path("paths").path("/api/health/ready").path("get").path("responses").path("200")
                .path("content").path(ApiResource.JSON_UTF8).path("schema");
        assertEquals("#/components/schemas/Ready", ready.path("$ref").asText(), "named by the descriptions file");
        assertEquals("{\"type\":\"object\",\"properties\":{\"status\":{\"type\":\"string\"},\"checks\":{\"type\":"
                + "\"object\",\"additionalProperties\":{\"type\":\"string\"}}},\"additionalProperties\":false}",
                schemas.path("Ready").toString());

        JsonNode list = document.path("paths").path("/api/jurisdictions/{id}/lists/{listId}").path("get")
                .path("responses").path("200").path("content").path(ApiResource.JSON_UTF8).path("schema");
        assertEquals("#/components/schemas/SourcedItemList", list.path("$ref").asText());
        JsonNode members = schemas.path("SourcedItemList").path("properties");
        assertEquals("#/components/schemas/Provenance", members.path("provenance").path("$ref").asText(),
                "the provenance beside the list's own members");
        assertEquals("#/components/schemas/ListEntry", members.path("entries").path("items").path("$ref").asText());
        assertFalse(members.has("value"), "the list is unwrapped, as the API writes it");

        JsonNode entry = schemas.path("ListEntry").path("properties");
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", entry.path("units").toString());
        JsonNode event = schemas.path("PlatformEvent").path("properties");
        assertEquals("{\"type\":\"string\",\"format\":\"date-time\"}", event.path("at").toString(),
                "an instant as ISO-8601 text");
        assertEquals("{\"type\":\"integer\",\"format\":\"int64\"}", event.path("id").toString());

        JsonNode jurisdictions = document.path("paths").path("/api/jurisdictions").path("get").path("responses")
                .path("200").path("content").path(ApiResource.JSON_UTF8).path("schema");
        assertEquals("array", jurisdictions.path("type").asText(), "read from the method's return type");
        assertEquals("#/components/schemas/JurisdictionStatus", jurisdictions.path("items").path("$ref").asText());
        assertTrue(document.path("paths").path("/api/openapi.json").path("get").path("responses").path("200")
                .path("content").path(ApiResource.JSON_UTF8).path("schema").isMissingNode(), "any JSON: no schema");
        parsed(document);
    }

    @Test
    void anAnswerTypeThatCannotBeFoundIsNamedInTheOperation() throws Exception {
        JsonNode descriptions = new ObjectMapper().readTree("{\"operations\":{\"GET /api/health/ready\":"
                + "{\"answer\":\"io.renshe.NoSuchType\",\"tag\":\"operations\",\"access\":\"public\"}}}");
        JsonNode document = OpenApiDocument.build("1.2.3", List.of(new OpenApiDocument.Served("", HealthResource.class,
                descriptions)));
        JsonNode ready = document.path("paths").path("/api/health/ready").path("get");
        assertEquals("io.renshe.NoSuchType", ready.path(OpenApiDocument.UNKNOWN_ANSWER).asText());
        assertFalse(ready.path("responses").path("200").path("content").path(ApiResource.JSON_UTF8).has("schema"));
    }
}
