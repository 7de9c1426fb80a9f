package io.renshe.catalog.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/schema/renshe-catalog-1.json}: the JSON Schema of the catalog files of jurisdiction bundles.
 */
@Component(service = SchemaResource.class)
@JaxrsResource
@Path("api/schema")
public final class SchemaResource {

    static final String SCHEMA = "renshe-catalog-1.schema.json";

    private final String schema;

    public SchemaResource() throws IOException {
        try (InputStream in = SchemaResource.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IOException("missing " + SCHEMA);
            }
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GET
    @Path("renshe-catalog-1.json")
    @Produces({"application/schema+json;charset=UTF-8", Json.MEDIA_TYPE})
    public Response schema() {
        return Response.ok(schema, Json.TYPE).build();
    }
}
