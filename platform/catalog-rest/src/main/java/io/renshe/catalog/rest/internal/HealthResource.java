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

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemDetail;
import io.renshe.catalog.store.StoreStatus;

/**
 * {@code GET /api/health}: the platform version, the database status and the deployed jurisdictions.
 * Answers 200 while the database is up, and while it is down 503 with a problem body that carries the same members
 * (version, database, jurisdictions) beside the problem's.
 */
@Component(service = HealthResource.class)
@ApiResource
@Path("api/health")
public final class HealthResource {

    static final String UP = "up";
    static final String DOWN = "down";

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

    /** The 503 answer: a problem with the health members as extension members. */
    record HealthProblem(String type, String title, int status, String detail, String version, Database database,
            int jurisdictionCount, List<JurisdictionSummary> jurisdictions) {
    }

    @GET
    @Produces(ApiResource.JSON_UTF8)
    public Response health() {
        StoreStatus s = store;
        Database database;
        if (s == null) {
            database = new Database(DOWN, null, null, null, "the store bundle is not running");
        } else if (s.isUp()) {
            database = new Database(UP, s.url(), s.product(), s.schemaVersion(), null);
        } else {
            database = new Database(DOWN, s.url(), null, null, s.reason());
        }
        CatalogService c = catalog;
        List<JurisdictionSummary> jurisdictions = c == null ? List.of()
                : c.jurisdictions().stream().map(HealthResource::summary).collect(Collectors.toList());
        if (UP.equals(database.status())) {
            return Response.ok(new Health(UP, version, database, jurisdictions.size(), jurisdictions)).build();
        }
        return Response.status(503).type(ProblemMapper.PROBLEM_UTF8)
                .entity(new HealthProblem(ProblemDetail.ABOUT_BLANK, Problem.reason(503), 503,
                        "The database is down: " + database.reason(), version, database, jurisdictions.size(),
                        jurisdictions))
                .build();
    }

    private static JurisdictionSummary summary(JurisdictionStatus j) {
        return new JurisdictionSummary(j.id(), j.name(), j.version(), j.status(), j.errors().size());
    }
}
