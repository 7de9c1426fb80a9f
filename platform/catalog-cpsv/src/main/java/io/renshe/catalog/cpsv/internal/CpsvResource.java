package io.renshe.catalog.cpsv.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;

/**
 * {@code GET /api/jurisdictions/{id}/cpsv}: the effective catalog of an active jurisdiction as CPSV-AP 3.2.0 JSON-LD
 * ({@code application/ld+json}; see {@link CpsvExport} for the mapping). 404 for a jurisdiction that is not deployed or
 * was rejected. The document is a tree of maps written by the platform's shared JSON configuration.
 */
@Component(service = CpsvResource.class)
@ApiResource
@Path("api/jurisdictions/{id}/cpsv")
public final class CpsvResource {

    static final String MEDIA_TYPE = "application/ld+json";

    private final CatalogService catalog;

    @Activate
    public CpsvResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Produces({MEDIA_TYPE, "application/json"})
    public Response cpsv(@PathParam("id") String id, @Context UriInfo uri) {
        JurisdictionStatus status = catalog.jurisdiction(id)
                .orElseThrow(() -> Problem.notFound("No jurisdiction " + id));
        if (!JurisdictionStatus.ACTIVE.equals(status.status())) {
            throw Problem.notFound("Jurisdiction " + id + " was rejected: see /api/jurisdictions/" + id);
        }
        EffectiveCatalog effective = catalog.catalog(id).orElseThrow(() -> Problem.notFound("No jurisdiction " + id));
        Map<String, Object> document = new CpsvExport(uri.getBaseUri().toString(), effective).document();
        return Response.ok(document, MEDIA_TYPE + ";charset=UTF-8").build();
    }
}
