package io.renshe.catalog.rest.internal;

import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.store.StoreStatus;

/**
 * {@code GET /api/health}: the platform version, the database status and the deployed jurisdictions.
 * Answers 200 while the database is up and 503 while it is down.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@Path("api/health")
public final class HealthResource {

    private final Json json = new Json();
    private final String version;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StoreStatus store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CatalogService catalog;

    @Activate
    public HealthResource(BundleContext context) {
        String header = context.getBundle().getHeaders().get("Renshe-Platform-Version");
        this.version = header != null ? header : context.getBundle().getVersion().toString();
    }

    record Database(String status, String url, String product, Integer schemaVersion, String reason) {
    }

    record JurisdictionSummary(String id, String name, String version, String status, int errors) {
    }

    record Health(String status, String version, Database database, int jurisdictionCount,
            List<JurisdictionSummary> jurisdictions) {
    }

    @GET
    @Produces(Json.MEDIA_TYPE)
    public Response health() {
        StoreStatus s = store;
        Database database;
        if (s == null) {
            database = new Database("DOWN", null, null, null, "the store bundle is not running");
        } else if (s.isUp()) {
            database = new Database("UP", s.url(), s.product(), s.schemaVersion(), null);
        } else {
            database = new Database("DOWN", s.url(), null, null, s.reason());
        }
        CatalogService c = catalog;
        List<JurisdictionSummary> jurisdictions = c == null ? List.of()
                : c.jurisdictions().stream().map(HealthResource::summary).collect(Collectors.toList());
        boolean up = "UP".equals(database.status());
        Health health = new Health(up ? "UP" : "DOWN", version, database, jurisdictions.size(), jurisdictions);
        return json.respond(up ? 200 : 503, health);
    }

    private static JurisdictionSummary summary(JurisdictionStatus j) {
        return new JurisdictionSummary(j.id(), j.name(), j.version(), j.status(), j.errors().size());
    }
}
