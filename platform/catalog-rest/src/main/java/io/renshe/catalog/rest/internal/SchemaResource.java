package io.renshe.catalog.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;

import io.renshe.catalog.api.CatalogService;

/**
 * {@code GET /api/schema/renshe-catalog-1.json}: the JSON Schema of the catalog files of jurisdiction bundles, as
 * the catalog core holds it (the one source of what a catalog file may hold).
 */
@Component(service = SchemaResource.class)
@ApiResource
@Path("api/schema")
public final class SchemaResource {

    static final String SCHEMA_JSON = "application/schema+json;charset=UTF-8";

    private final CatalogService catalog;
    private final ObjectMapper reader = new ObjectMapper();
    private volatile Parsed parsed;

    @Activate
    public SchemaResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("renshe-catalog-1.json")
    @Produces({SCHEMA_JSON, ApiResource.JSON_UTF8})
    public JsonNode schema() {
        String text = catalog.formatSchema();
        if (text == null) {
            throw Problem.unavailable("The catalog core does not provide the format's schema");
        }
        Parsed last = parsed;
        if (last != null && last.text() == text) {
            return last.schema();
        }
        try {
            Parsed now = new Parsed(text, reader.readTree(text));
            parsed = now;
            return now.schema();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the catalog core's schema is not JSON", e);
        }
    }

    private record Parsed(String text, JsonNode schema) {
    }
}
