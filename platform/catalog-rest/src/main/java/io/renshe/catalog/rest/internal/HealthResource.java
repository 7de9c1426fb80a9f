package io.renshe.catalog.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.health.ReadinessCheck;
import io.renshe.catalog.api.health.ReadinessCheck.Readiness;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemDetail;
import io.renshe.catalog.store.StoreStatus;

/**
 * The platform's health, for load balancers, service managers and administrators:
 * <ul>
 * <li>{@code GET /api/health/live}: 200 while the process serves HTTP (liveness: restart the process when it fails);</li>
 * <li>{@code GET /api/health/ready}: 200 while the framework has started, every readiness check (the catalog: every
 * started jurisdiction bundle read) is ready and the database is up; 503 otherwise (readiness: send no traffic);</li>
 * <li>{@code GET /api/health}: the summary the web console shows, 200 while the database is up, 503 while it is down;</li>
 * <li>{@code GET /api/health/details}: for {@value Access#ADMIN} only, the JDBC URL (without credentials), versions,
 * the reason of anything down and every jurisdiction bundle's status.</li>
 * </ul>
 * The public answers are counts and states only: no path, product, version or bundle list, and the same cost at any
 * number of jurisdictions.
 */
@Component(service = HealthResource.class)
@ApiResource
@Path("api/health")
@Produces(ApiResource.JSON_UTF8)
public final class HealthResource {

    static final String UP = "up";
    static final String DOWN = "down";
    static final String FRAMEWORK = "framework";
    static final String DATABASE = "database";
    static final String CATALOG = "catalog";

    private final BundleContext context;
    private final String version;
    private final int beginningStartLevel;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StoreStatus store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile CatalogService catalog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Access access;

    private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();

    @Activate
    public HealthResource(BundleContext context) {
        this.context = context;
        String header = context.getBundle().getHeaders().get("Renshe-Platform-Version");
        this.version = header != null ? header : context.getBundle().getVersion().toString();
        this.beginningStartLevel = startLevel(context.getProperty("org.osgi.framework.startlevel.beginning"));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(ReadinessCheck check) {
        checks.add(check);
    }

    void removeCheck(ReadinessCheck check) {
        checks.remove(check);
    }

    /** The public summary: the database's state and how many jurisdiction bundles are deployed. */
    record Health(String status, State database, int jurisdictionCount) {
    }

    record State(String status) {
    }

    /** The 503 answer of the summary: a problem with the summary's members beside the problem's. */
    record HealthProblem(String type, String title, int status, String detail, State database, int jurisdictionCount) {
    }

    record Live(String status) {
    }

    record Ready(String status, Map<String, String> checks) {
    }

    /** The 503 answer of readiness: a problem with the state of every check. */
    record ReadyProblem(String type, String title, int status, String detail, Map<String, String> checks) {
    }

    record Check(String status, String detail) {
    }

    record DatabaseDetails(String status, String url, String product, Integer schemaVersion,
            Map<String, Integer> schemaVersions, String reason) {
    }

    record JurisdictionSummary(String id, String name, String bundle, String version, String status, int errors) {
    }

    record Details(String status, String version, Map<String, String> runtime, DatabaseDetails database,
            Map<String, Check> checks, int jurisdictionCount, int rejectedCount, List<JurisdictionSummary> jurisdictions) {
    }

    @GET
    public Response health() {
        StoreStatus s = store;
        boolean up = s != null && s.isUp();
        int count = jurisdictionCount();
        State database = new State(up ? UP : DOWN);
        if (up) {
            return Response.ok(new Health(UP, database, count)).build();
        }
        return Response.status(503).type(ProblemMapper.PROBLEM_UTF8)
                .entity(new HealthProblem(ProblemDetail.ABOUT_BLANK, Problem.reason(503), 503,
                        "The database is down: an administrator finds the reason in /api/health/details and the log",
                        database, count))
                .build();
    }

    @GET
    @Path("live")
    public Live live() {
        return new Live(UP);
    }

    @GET
    @Path("ready")
    public Response ready() {
        Map<String, Check> all = checks();
        Map<String, String> states = new LinkedHashMap<>();
        all.forEach((name, check) -> states.put(name, check.status()));
        List<String> down = new ArrayList<>();
        states.forEach((name, state) -> {
            if (!UP.equals(state)) {
                down.add(name);
            }
        });
        if (down.isEmpty()) {
            return Response.ok(new Ready(UP, states)).build();
        }
        return Response.status(503).type(ProblemMapper.PROBLEM_UTF8)
                .entity(new ReadyProblem(ProblemDetail.ABOUT_BLANK, Problem.reason(503), 503,
                        "Not ready: " + String.join(", ", down), states))
                .build();
    }

    @GET
    @Path("details")
    public Details details(@Context SecurityContext user) {
        Access a = access;
        if (a == null) {
            throw Problem.unavailable("Sign-in is not running: the health details are for administrators only");
        }
        a.requireAdmin(user);
        Map<String, Check> all = checks();
        boolean ready = all.values().stream().allMatch(c -> UP.equals(c.status()));
        StoreStatus s = store;
        DatabaseDetails database = s == null
                ? new DatabaseDetails(DOWN, null, null, null, Map.of(), "the store bundle is not running")
                : new DatabaseDetails(s.isUp() ? UP : DOWN, s.url(), s.product(), s.isUp() ? s.schemaVersion() : null,
                        s.schemaVersions(), s.reason());
        CatalogService c = catalog;
        List<JurisdictionSummary> jurisdictions = new ArrayList<>();
        int rejected = 0;
        if (c != null) {
            for (JurisdictionStatus j : c.jurisdictions()) {
                jurisdictions.add(new JurisdictionSummary(j.id(), j.name(), j.bundle(), j.version(), j.status(),
                        j.errors().size()));
                rejected += JurisdictionStatus.ACTIVE.equals(j.status()) ? 0 : 1;
            }
        }
        return new Details(ready ? UP : DOWN, version, runtime(), database, all, jurisdictions.size(), rejected,
                jurisdictions);
    }

    /** Every check by name: the framework's start, the database, the catalog, and what other bundles register. */
    private Map<String, Check> checks() {
        Map<String, Check> all = new TreeMap<>();
        int level = frameworkStartLevel();
        all.put(FRAMEWORK, level >= beginningStartLevel ? new Check(UP, "start level " + level)
                : new Check(DOWN, "starting: start level " + level + " of " + beginningStartLevel));
        StoreStatus s = store;
        all.put(DATABASE, s == null ? new Check(DOWN, "the store bundle is not running")
                : s.isUp() ? new Check(UP, s.product()) : new Check(DOWN, s.reason()));
        if (catalog == null) {
            all.put(CATALOG, new Check(DOWN, "the catalog core is not running"));
        }
        for (ReadinessCheck check : checks) {
            Readiness readiness;
            try {
                readiness = check.readiness();
            } catch (RuntimeException e) {
                readiness = Readiness.notReady("the check failed: " + e);
            }
            if (!all.containsKey(check.name()) || UP.equals(all.get(check.name()).status())) {
                all.put(check.name(), new Check(readiness.ready() ? UP : DOWN, readiness.detail()));
            }
        }
        all.putIfAbsent(CATALOG, new Check(DOWN, "the catalog extender is not running"));
        return all;
    }

    private int jurisdictionCount() {
        CatalogService c = catalog;
        return c == null ? 0 : c.jurisdictions().size();
    }

    private int frameworkStartLevel() {
        try {
            FrameworkStartLevel level = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkStartLevel.class);
            return level == null ? Integer.MAX_VALUE : level.getStartLevel();
        } catch (IllegalStateException stopping) {
            return 0;
        }
    }

    private Map<String, String> runtime() {
        Map<String, String> runtime = new LinkedHashMap<>();
        runtime.put("java", System.getProperty("java.version"));
        Bundle framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        runtime.put("framework", framework.getSymbolicName() + " " + framework.getVersion());
        String karaf = context.getProperty("karaf.version");
        if (karaf != null) {
            runtime.put("karaf", karaf);
        }
        return runtime;
    }

    private static int startLevel(String property) {
        try {
            return property == null ? 1 : Integer.parseInt(property.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
