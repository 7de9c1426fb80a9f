package io.renshe.catalog.rest.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ContextResolver;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.ApplicantType;
import io.renshe.catalog.api.BundleSet;
import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.Category;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.DocumentRef;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.ItemJurisdictions;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.ItemQuery;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.limits.InputLimits;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Parameters;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;

/**
 * The catalog query API. Every answer comes from the in-memory index of the catalog service.
 */
@Component(service = CatalogResource.class)
@ApiResource
@Path("api")
@Produces(ApiResource.JSON_UTF8)
public final class CatalogResource {

    private static final int MAX_TEXT = 100;
    /** Jurisdictions on a page of the item's offerings unless asked otherwise, and at most. */
    static final int OFFERINGS_PAGE = 100;
    static final int MAX_OFFERINGS_PAGE = 1000;

    /** Bytes of written answers kept: 32 MB. */
    static final long CACHE_BYTES = 32L * 1024 * 1024;

    private final JsonCache cache;
    private final ListTags versions = new ListTags();
    private final CatalogService catalog;
    private final Access access;
    private final InputLimits limits;

    @Activate
    public CatalogResource(@Reference CatalogService catalog, @Reference Access access, @Reference InputLimits limits,
            @Reference(target = "(osgi.jaxrs.name=" + ApiResource.JSON + ")") ContextResolver<ObjectMapper> json) {
        this.catalog = catalog;
        this.access = access;
        this.limits = limits;
        this.cache = new JsonCache(json.getContext(Object.class), CACHE_BYTES);
    }

    @GET
    @Path("jurisdictions")
    public List<JurisdictionStatus> jurisdictions() {
        return catalog.jurisdictions();
    }

    @GET
    @Path("jurisdictions/{id}")
    public JurisdictionStatus jurisdiction(@PathParam("id") String id) {
        return status(id);
    }

    @GET
    @Path("jurisdictions/{id}/catalog")
    public WrittenJson catalog(@PathParam("id") String id) {
        EffectiveCatalog effective = effective(id);
        return cached(effective, "catalog", () -> effective);
    }

    @GET
    @Path("jurisdictions/{id}/items")
    public WrittenJson items(@PathParam("id") String id, @QueryParam("level") String level,
            @QueryParam("channel") String channel, @QueryParam("unit") String unit,
            @QueryParam("category") String category, @QueryParam("applicant") String applicant,
            @QueryParam("q") String q, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "level", "channel", "unit", "category", "applicant", "q");
        EffectiveCatalog effective = effective(id);
        ItemQuery query = query(effective, level, channel, unit == null ? null : catalog.unit(id, unit).orElseThrow(
                () -> Problem.badRequest("unit", "Parameter unit: jurisdiction " + id + " has no unit '" + unit + "'")),
                category, applicant, q);
        return cached(effective, "items " + query, () -> catalog.items(id, query)
                .orElseThrow(() -> Problem.notFound("No active jurisdiction " + id)));
    }

    record ListSummary(String id, String title, String type, DocumentRef document, int entries, Provenance provenance) {
    }

    /** The lists of a jurisdiction; the {@code ETag} is a digest of their versions. */
    @GET
    @Path("jurisdictions/{id}/lists")
    public Response lists(@PathParam("id") String id) {
        EffectiveCatalog effective = effective(id);
        WrittenJson answer = cached(effective, "lists", () -> {
            List<ListSummary> result = new ArrayList<>();
            for (Sourced<ItemList> list : effective.lists()) {
                ItemList l = list.value();
                result.add(new ListSummary(l.id(), l.title(), l.type(), l.document(), l.entries().size(), list.provenance()));
            }
            return result;
        });
        return Response.ok(answer).tag(versions.of(effective.lists())).build();
    }

    /** One list with its entries; the {@code ETag} is its version, which a change of it names in {@code If-Match}. */
    @GET
    @Path("jurisdictions/{id}/lists/{listId}")
    public Response list(@PathParam("id") String id, @PathParam("listId") String listId) {
        EffectiveCatalog effective = effective(id);
        for (Sourced<ItemList> list : effective.lists()) {
            if (list.value().id().equals(listId)) {
                return Response.ok(cached(effective, "list " + listId, () -> list)).tag(versions.of(list)).build();
            }
        }
        throw Problem.notFound("Jurisdiction " + id + " has no list " + listId);
    }

    record BundleSummary(String id, String name, String set, String type, boolean crossDepartment, List<String> lead,
            List<String> co, Limit limit, int items, Provenance provenance) {
    }

    @GET
    @Path("jurisdictions/{id}/bundles")
    public WrittenJson bundles(@PathParam("id") String id) {
        EffectiveCatalog effective = effective(id);
        return cached(effective, "bundles", () -> {
            List<BundleSummary> result = new ArrayList<>();
            for (Sourced<BundleSet> set : effective.bundleSets()) {
                for (OneThing b : set.value().bundles()) {
                    result.add(new BundleSummary(b.id(), b.name(), set.value().id(), set.value().type(),
                            set.value().crossDepartment(), b.lead(), b.co(), b.limit(), b.items().size(), set.provenance()));
                }
            }
            return result;
        });
    }

    record BundleAnswer(OneThing bundle, String set, String setTitle, String type, boolean crossDepartment,
            DocumentRef document, Provenance provenance) {
    }

    @GET
    @Path("jurisdictions/{id}/bundles/{bundleId}")
    public BundleAnswer bundle(@PathParam("id") String id, @PathParam("bundleId") String bundleId) {
        for (Sourced<BundleSet> set : effective(id).bundleSets()) {
            for (OneThing b : set.value().bundles()) {
                if (b.id().equals(bundleId)) {
                    BundleSet s = set.value();
                    return new BundleAnswer(b, s.id(), s.title(), s.type(), s.crossDepartment(), s.document(),
                            set.provenance());
                }
            }
        }
        throw Problem.notFound("Jurisdiction " + id + " has no bundle " + bundleId);
    }

    @GET
    @Path("catalogue")
    public List<Item> catalogue() {
        return catalog.catalogue();
    }

    @GET
    @Path("items/{code}")
    public Item item(@PathParam("code") String code) {
        return catalog.item(code).orElseThrow(() -> Problem.notFound("No catalogue item " + code));
    }

    @GET
    @Path("items/{code}/jurisdictions")
    public Response itemJurisdictions(@PathParam("code") String code, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "limit", "offset");
        int size = Parameters.wholeNumber("limit", limit, OFFERINGS_PAGE, 1, MAX_OFFERINGS_PAGE);
        int from = Parameters.wholeNumber("offset", offset, 0, 0, Integer.MAX_VALUE);
        ItemJurisdictions offerings = catalog.offerings(code).orElseThrow(() -> Problem.notFound("No item " + code));
        List<ItemJurisdictions.Entry> all = offerings.jurisdictions();
        int end = (int) Math.min(all.size(), (long) from + size);
        WrittenJson page = cached(offerings, "offerings " + from + " " + size, () -> new OfferingsPage(
                offerings.item(), all.size(), from, size, all.subList(Math.min(from, all.size()), end)));
        Response.ResponseBuilder answer = Response.ok(page);
        if (end < all.size()) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("offset", end).replaceQueryParam("limit", size)
                    .build(), "next");
        }
        return answer.build();
    }

    /**
     * A page of the jurisdictions that offer an item, in the order of the catalog (by jurisdiction id).
     *
     * @param item the item
     * @param total how many jurisdictions offer it in all
     * @param offset how many of them come before this page
     * @param limit the most this page holds
     * @param jurisdictions this page's jurisdictions
     */
    record OfferingsPage(Item item, int total, int offset, int limit, List<ItemJurisdictions.Entry> jurisdictions) {
    }

    @GET
    @Path("compare")
    public WrittenJson compare(@QueryParam("a") String a, @QueryParam("b") String b, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "a", "b");
        requireJurisdiction("a", a);
        requireJurisdiction("b", b);
        // the list of jurisdictions is replaced whenever anything is deployed: the snapshot of cross-jurisdiction answers
        return cached(catalog.jurisdictions(), "compare " + a + " " + b, () -> catalog.compare(a, b)
                .orElseThrow(() -> Problem.notFound("No active jurisdiction " + a + " or " + b)));
    }

    @POST
    @Path("validate")
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM, "application/zip"})
    public JurisdictionStatus validate(InputStream body, @HeaderParam("Content-Length") String contentLength,
            @Context SecurityContext user) {
        access.requireAdmin(user);
        // a body declared too large is refused before a byte of it is read; the core reads the rest within the limits
        limits.jar().checkContentLength(length(contentLength));
        BufferedInputStream jar = new BufferedInputStream(body);
        JurisdictionStatus status;
        try {
            jar.mark(4);
            byte[] head = jar.readNBytes(4);
            jar.reset();
            if (head.length == 0) {
                throw Problem.of(400, "The request body is empty: send the bundle's jar");
            }
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                throw Problem.of(400, "The request body is not a jar (zip) file");
            }
            status = catalog.validate(jar);
        } catch (IOException e) {
            throw Problem.of(400, "The request body is not a jurisdiction bundle jar: " + e.getMessage());
        }
        if (!JurisdictionStatus.ACTIVE.equals(status.status())) {
            throw Problem.unprocessable("Bundle " + status.bundle() + " " + status.version() + " would be rejected with "
                    + status.errors().size() + (status.errors().size() == 1 ? " error" : " errors"),
                    status.errors().stream().map(e -> ProblemError.inFile(e.file(), e.line(), e.reason())).toList());
        }
        return status;
    }

    private static long length(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private WrittenJson cached(Object snapshot, String request, Supplier<?> answer) {
        return cache.get(snapshot, request, answer);
    }

    private void requireJurisdiction(String parameter, String id) {
        if (id == null || id.isBlank()) {
            throw Problem.badRequest(parameter, "Parameter " + parameter + " is required: a jurisdiction id such as 341000");
        }
        JurisdictionStatus status = catalog.jurisdiction(id).orElseThrow(
                () -> Problem.notFound("No jurisdiction " + id + " (parameter " + parameter + ")"));
        if (!JurisdictionStatus.ACTIVE.equals(status.status())) {
            throw Problem.notFound("Jurisdiction " + id + " (parameter " + parameter + ") was rejected: see /api/jurisdictions/" + id);
        }
    }

    private JurisdictionStatus status(String id) {
        return catalog.jurisdiction(id).orElseThrow(() -> Problem.notFound("No jurisdiction " + id));
    }

    private EffectiveCatalog effective(String id) {
        JurisdictionStatus status = status(id);
        if (!JurisdictionStatus.ACTIVE.equals(status.status())) {
            throw Problem.notFound("Jurisdiction " + id + " was rejected with " + status.errors().size()
                    + " errors: see /api/jurisdictions/" + id);
        }
        return catalog.catalog(id).orElseThrow(() -> Problem.notFound("No jurisdiction " + id));
    }

    static ItemQuery query(EffectiveCatalog effective, String level, String channel, String unit, String category,
            String applicant, String q) {
        HandlingLevel handlingLevel = null;
        if (level != null) {
            handlingLevel = HandlingLevel.ofKey(level);
            if (handlingLevel == null) {
                throw Problem.badRequest("level", "Parameter level must be one of " + keys(HandlingLevel.values())
                        + "; got '" + level + "'");
            }
        }
        Channel ch = null;
        if (channel != null) {
            ch = Channel.ofKey(channel);
            if (ch == null) {
                throw Problem.badRequest("channel", "Parameter channel must be one of " + keys(Channel.values())
                        + "; got '" + channel + "'");
            }
        }
        Category cat = category == null ? null : Category.ofKey(category);
        if (category != null && cat == null) {
            throw Problem.badRequest("category", "Parameter category must be one of " + keys(Category.values())
                    + "; got '" + category + "'");
        }
        ApplicantType applicantType = applicant == null ? null : ApplicantType.ofKey(applicant);
        if (applicant != null && applicantType == null) {
            throw Problem.badRequest("applicant", "Parameter applicant must be one of " + keys(ApplicantType.values())
                    + "; got '" + applicant + "'");
        }
        if (q != null && (q.isBlank() || q.length() > MAX_TEXT)) {
            throw Problem.badRequest("q", "Parameter q must be 1 to " + MAX_TEXT + " characters of an item name");
        }
        return new ItemQuery(handlingLevel, ch, unit, cat, applicantType, q == null ? null : q.strip());
    }

    private static String keys(Enum<?>[] constants) {
        return Arrays.stream(constants).map(JsonConvention::key).collect(Collectors.joining(", "));
    }

}
