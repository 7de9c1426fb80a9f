package io.renshe.catalog.overlay.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ContextResolver;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.ChangeConflictException;
import io.renshe.catalog.api.overlay.ChangeOutcome;
import io.renshe.catalog.api.overlay.ChangeRequest;
import io.renshe.catalog.api.overlay.EntryEdit;
import io.renshe.catalog.api.overlay.InvalidChangeException;
import io.renshe.catalog.api.overlay.Lock;
import io.renshe.catalog.api.overlay.LockedFieldException;
import io.renshe.catalog.api.overlay.OverlayService;
import io.renshe.catalog.api.overlay.StaleVersionException;
import io.renshe.catalog.api.overlay.UnknownTargetException;
import io.renshe.catalog.api.overlay.VersionRequiredException;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Parameters;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;

/**
 * The endpoints of the offices' overlays: entries put and hidden, the history, reverts, locks and units. Every write
 * needs a user who may write the jurisdiction ({@link Access}); a change of a list needs its version in
 * {@code If-Match} and answers the new one in {@code ETag}. The history and the locks are public, as the provenance in
 * the catalog is.
 */
@Component(service = OverlayResource.class)
@ApiResource
@Path("api")
@Produces(ApiResource.JSON_UTF8)
public final class OverlayResource {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final OverlayService overlays;
    private final CatalogService catalog;
    private final Access access;
    private final ObjectMapper json;

    @Activate
    public OverlayResource(@Reference OverlayService overlays, @Reference CatalogService catalog,
            @Reference Access access,
            @Reference(target = "(osgi.jaxrs.name=" + ApiResource.JSON + ")") ContextResolver<ObjectMapper> json) {
        this.overlays = overlays;
        this.catalog = catalog;
        this.access = access;
        this.json = json.getContext(Object.class);
    }

    /**
     * What a change of an entry answers.
     *
     * @param entry the entry as served now; absent when hidden
     * @param changes the changes written (none when the entry was already so)
     * @param version the list's version now, also in {@code ETag}
     */
    record EntryAnswer(ListEntry entry, List<Change> changes, String version) {
    }

    /**
     * The locks of a jurisdiction.
     *
     * @param own those it set, for the jurisdictions below it
     * @param binding those of its ancestors, which bind its office
     */
    record Locks(List<Lock> own, List<Lock> binding) {
    }

    @PUT
    @Path("jurisdictions/{id}/lists/{listId}/entries/{seq}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putEntry(@PathParam("id") String id, @PathParam("listId") String listId,
            @PathParam("seq") String seq, Map<String, Object> body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext user, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        String who = access.requireWrite(user, id).getName();
        if (body == null || body.isEmpty()) {
            throw Problem.of(400, "Send the entry as a JSON object in the shape of a list entry of a catalog file, with "
                    + "its reason");
        }
        Map<String, Object> entry = new LinkedHashMap<>(body);
        Object reason = entry.remove("reason");
        if (reason != null && !(reason instanceof String)) {
            throw Problem.unprocessable("The change has 1 error; nothing was written",
                    List.of(ProblemError.atPointer("/reason", "'reason' must be text")));
        }
        ChangeOutcome outcome = call(() -> overlays.change(new ChangeRequest(id, listId, ifMatch, who,
                requireReason((String) reason, "/reason"), List.of(EntryEdit.put(seq, entry)))));
        return answer(id, listId, seq, outcome);
    }

    @DELETE
    @Path("jurisdictions/{id}/lists/{listId}/entries/{seq}")
    public Response hideEntry(@PathParam("id") String id, @PathParam("listId") String listId,
            @PathParam("seq") String seq, @QueryParam("reason") String reason,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext user, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "reason");
        String who = access.requireWrite(user, id).getName();
        String why = requireReason(reason, null);
        Sourced<ItemList> list = catalog.catalog(id).flatMap(c -> c.lists().stream()
                .filter(l -> l.value().id().equals(listId)).findFirst()).orElse(null);
        if (list != null && list.value().entries().stream().noneMatch(e -> e.seq().equals(seq.strip()))) {
            throw Problem.notFound("List " + listId + " of " + id + " has no entry " + seq);
        }
        ChangeOutcome outcome = call(() -> overlays.change(new ChangeRequest(id, listId, ifMatch, who, why,
                List.of(EntryEdit.hide(seq)))));
        return answer(id, listId, seq, outcome);
    }

    private Response answer(String id, String listId, String seq, ChangeOutcome outcome) {
        ListEntry entry = catalog.catalog(id).flatMap(c -> c.lists().stream().filter(l -> l.value().id().equals(listId))
                .findFirst()).flatMap(l -> l.value().entries().stream().filter(e -> e.seq().equals(seq.strip()))
                .findFirst()).orElse(null);
        Response.ResponseBuilder ok = Response.ok(new EntryAnswer(entry, outcome.changes(), outcome.version()));
        if (outcome.version() != null) {
            ok.tag(new EntityTag(outcome.version()));
        }
        return ok.build();
    }

    @GET
    @Path("jurisdictions/{id}/changes")
    public List<Change> changes(@PathParam("id") String id, @QueryParam("before") String before,
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "before", "limit");
        Long older = before == null ? null : number("before", before, 1, Long.MAX_VALUE);
        int count = limit == null ? 50 : (int) number("limit", limit, 1, OverlayService.MAX_CHANGES);
        List<Change> changes = overlays.changes(id, older, count);
        if (changes.isEmpty() && older == null) {
            requireKnown(id);
        }
        return changes;
    }

    @GET
    @Path("jurisdictions/{id}/changes/{changeId}")
    public Change change(@PathParam("id") String id, @PathParam("changeId") String changeId, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        long number = number("changeId", changeId, 1, Long.MAX_VALUE);
        return overlays.change(id, number)
                .orElseThrow(() -> Problem.notFound("Jurisdiction " + id + " has no change " + changeId));
    }

    @POST
    @Path("jurisdictions/{id}/changes/{changeId}/revert")
    public Response revert(@PathParam("id") String id, @PathParam("changeId") String changeId,
            @QueryParam("reason") String reason, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body, @Context SecurityContext user,
            @Context UriInfo uri) {
        Parameters.allowOnly(uri, "reason");
        String who = access.requireWrite(user, id).getName();
        long number = number("changeId", changeId, 1, Long.MAX_VALUE);
        String why = requireReason(reason != null ? reason : reason(contentType, body), null);
        ChangeOutcome outcome = call(() -> overlays.revert(id, number, ifMatch, who, why));
        Response.ResponseBuilder ok = Response.ok(outcome);
        if (outcome.version() != null) {
            ok.tag(new EntityTag(outcome.version()));
        }
        return ok.build();
    }

    @GET
    @Path("jurisdictions/{id}/locks")
    public Locks locks(@PathParam("id") String id, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        requireKnown(id);
        return new Locks(overlays.ownLocks(id), overlays.locks(id));
    }

    @PUT
    @Path("jurisdictions/{id}/locks/{itemCode}/{field}")
    public Change lock(@PathParam("id") String id, @PathParam("itemCode") String item, @PathParam("field") String field,
            @QueryParam("reason") String reason, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body,
            @Context SecurityContext user, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "reason");
        String who = access.requireWrite(user, id).getName();
        requireField(field);
        String why = requireReason(reason != null ? reason : reason(contentType, body), null);
        return call(() -> overlays.lock(id, item, field, who, why));
    }

    @DELETE
    @Path("jurisdictions/{id}/locks/{itemCode}/{field}")
    public Change unlock(@PathParam("id") String id, @PathParam("itemCode") String item,
            @PathParam("field") String field, @QueryParam("reason") String reason, @Context SecurityContext user,
            @Context UriInfo uri) {
        Parameters.allowOnly(uri, "reason");
        String who = access.requireWrite(user, id).getName();
        requireField(field);
        String why = requireReason(reason, null);
        return call(() -> overlays.unlock(id, item, field, who, why));
    }

    @PUT
    @Path("jurisdictions/{id}/units/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Change addUnit(@PathParam("id") String id, @PathParam("name") String name, Map<String, Object> body,
            @Context SecurityContext user, @Context UriInfo uri) {
        Parameters.allowOnly(uri);
        String who = access.requireWrite(user, id).getName();
        Map<String, Object> unit = body == null ? new LinkedHashMap<>() : new LinkedHashMap<>(body);
        Object reason = unit.remove("reason");
        List<ProblemError> errors = new ArrayList<>();
        for (String field : unit.keySet()) {
            if (!List.of("name", "aliases", "type", "department").contains(field)) {
                errors.add(ProblemError.atPointer("/" + field, "unknown field '" + field + "' in a unit (allowed: name, "
                        + "aliases, type, department, and the change's reason)"));
            }
        }
        if (unit.containsKey("name") && !name.equals(unit.get("name"))) {
            errors.add(ProblemError.atPointer("/name", "the unit's name " + unit.get("name") + " is not " + name
                    + ", the name it is put at"));
        }
        if (!(unit.get("type") instanceof String)) {
            errors.add(ProblemError.atPointer("/type", "a unit has a type: section, center, office, agency or external"));
        }
        if (unit.get("aliases") != null && !(unit.get("aliases") instanceof List<?> list
                && list.stream().allMatch(a -> a instanceof String))) {
            errors.add(ProblemError.atPointer("/aliases", "'aliases' must be a list of texts"));
        }
        if (unit.get("department") != null && !(unit.get("department") instanceof String)) {
            errors.add(ProblemError.atPointer("/department", "'department' must be text"));
        }
        if (reason != null && !(reason instanceof String)) {
            errors.add(ProblemError.atPointer("/reason", "'reason' must be text"));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("The unit has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + "; nothing was written", errors);
        }
        List<String> aliases = new ArrayList<>();
        if (unit.get("aliases") instanceof List<?> list) {
            list.forEach(a -> aliases.add((String) a));
        }
        Unit added = new Unit(name, aliases, (String) unit.get("type"), (String) unit.get("department"));
        String why = requireReason((String) reason, "/reason");
        return call(() -> overlays.addUnit(id, added, who, why));
    }

    // the overlay's exceptions as problems

    private static <T> T call(Supplier<T> write) {
        try {
            return write.get();
        } catch (UnknownTargetException e) {
            throw Problem.notFound(e.getMessage());
        } catch (VersionRequiredException e) {
            throw Problem.preconditionRequired(e.getMessage());
        } catch (StaleVersionException e) {
            throw Problem.conflict(e.getMessage()).withHeader(HttpHeaders.ETAG, new EntityTag(e.current()).toString());
        } catch (InvalidChangeException e) {
            throw Problem.unprocessable(e.getMessage(), e.errors().stream()
                    .map(err -> ProblemError.atPointer(err.pointer(), err.detail())).toList());
        } catch (LockedFieldException e) {
            throw Problem.forbidden(e.getMessage());
        } catch (ChangeConflictException e) {
            throw Problem.conflict(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw Problem.of(400, e.getMessage());
        }
    }

    private static String requireReason(String reason, String pointer) {
        if (reason == null || reason.isBlank()) {
            String detail = "A change needs a reason: why it is made";
            throw pointer == null ? Problem.badRequest("reason", detail + " (parameter reason)")
                    : Problem.unprocessable("The change has 1 error; nothing was written",
                            List.of(ProblemError.atPointer(pointer, detail)));
        }
        return reason;
    }

    /** The reason of a JSON body {@code {"reason": "…"}}, or {@code null} without a body. */
    private String reason(String contentType, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (contentType == null || !MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw Problem.of(415, "Send the reason as JSON, {\"reason\": \"…\"}, or as the parameter reason");
        }
        try {
            Object reason = json.readValue(body, MAP).get("reason");
            if (reason != null && !(reason instanceof String)) {
                throw Problem.badRequest("reason", "'reason' must be text");
            }
            return (String) reason;
        } catch (IOException e) {
            throw Problem.of(400, "The request body is not a JSON object: " + e.getMessage());
        }
    }

    private static void requireField(String field) {
        if (!OverlayService.LOCKABLE.contains(field)) {
            throw Problem.badRequest("field", "A lock fixes one of the fields " + String.join(", ",
                    OverlayService.LOCKABLE) + "; got '" + field + "'");
        }
    }

    private void requireKnown(String id) {
        if (catalog.jurisdiction(id).isEmpty()) {
            throw Problem.notFound("No jurisdiction " + id);
        }
    }

    private static long number(String parameter, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw Problem.badRequest(parameter, "Parameter " + parameter + " must be a whole number from " + min
                    + (max == Long.MAX_VALUE ? "" : " to " + max) + "; got '" + text + "'");
        }
    }
}
