package io.renshe.catalog.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.renshe.catalog.api.CatalogService;

/**
 * {@code GET /api/schema/renshe-catalog-1.json}: the JSON Schema of the catalog files of jurisdiction bundles, as the
 * catalog engine validates them ({@link CatalogService#formatSchema()}).
 */
@Component(service = SchemaResource.class)
@JaxrsResource
@Path("api/schema")
public final class SchemaResource {

    private final CatalogService catalog;

    @Activate
    public SchemaResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("renshe-catalog-1.json")
    @Produces({"application/schema+json;charset=UTF-8", Json.MEDIA_TYPE})
    public Response schema() {
        return Response.ok(catalog.formatSchema(), Json.TYPE).build();
    }
}
