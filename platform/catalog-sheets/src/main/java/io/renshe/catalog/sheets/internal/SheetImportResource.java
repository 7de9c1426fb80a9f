package io.renshe.catalog.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.ChangeConflictException;
import io.renshe.catalog.api.overlay.ChangeOutcome;
import io.renshe.catalog.api.overlay.ChangeRequest;
import io.renshe.catalog.api.overlay.EntryError;
import io.renshe.catalog.api.overlay.InvalidChangeException;
import io.renshe.catalog.api.overlay.ListVersions;
import io.renshe.catalog.api.overlay.LockedFieldException;
import io.renshe.catalog.api.overlay.OverlayService;
import io.renshe.catalog.api.overlay.StaleVersionException;
import io.renshe.catalog.api.overlay.UnknownTargetException;
import io.renshe.catalog.api.overlay.VersionRequiredException;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;
import io.renshe.catalog.sheets.internal.SheetImport.Plan;
import io.renshe.catalog.sheets.internal.SheetImport.RowOutcome;

/**
 * {@code POST /api/jurisdictions/{id}/lists/{listId}/import?dryRun=true|false&reason=…}: a CSV or xlsx file of a list,
 * read within the limits of {@link SheetsConfiguration} and validated whole — the file, then every edit it makes by the
 * overlay's own check — before anything is written; then written through the {@link OverlayService} as one change
 * request: one change per added, changed or hidden row, all with the request's reason, in one transaction
 * (docs/spreadsheets.md). Needs a user who may write the jurisdiction ({@link Access#requireWrite}) and, to write, the
 * list's version ({@code If-Match}).
 */
@Component(service = SheetImportResource.class, configurationPid = SheetImportResource.PID)
@Designate(ocd = SheetsConfiguration.class)
@ApiResource
@Path("api")
public final class SheetImportResource {

    static final String PID = "io.renshe.catalog.sheets";

    private final CatalogService catalog;
    private final Access access;
    private final OverlayService overlays;
    private volatile SheetLimits limits;

    @Activate
    public SheetImportResource(@Reference CatalogService catalog, @Reference Access access,
            @Reference OverlayService overlays, SheetsConfiguration config) {
        this.catalog = catalog;
        this.access = access;
        this.overlays = overlays;
        this.limits = SheetLimits.of(config);
    }

    @Modified
    void modified(SheetsConfiguration config) {
        this.limits = SheetLimits.of(config);
    }

    /**
     * What an import does, or did.
     *
     * @param jurisdiction the jurisdiction
     * @param list the list
     * @param format {@code csv} or {@code xlsx}
     * @param encoding the encoding a CSV file was read in ({@code UTF-8} or {@code GBK}), absent for xlsx
     * @param dryRun {@code true} when nothing was written
     * @param added the number of rows added
     * @param changed the number of rows changed
     * @param hidden the number of entries hidden (no row names them)
     * @param unchanged the number of rows left as they were
     * @param rows each row's outcome: its row, 序号, name, action, and for a changed row the fields and columns
     * @param changes the ids of the overlay changes written, one per added, changed or hidden row (empty for a dry
     *        run, and when nothing changed)
     * @param version the list's version after the import (its {@code ETag}, also sent as the header)
     */
    record ImportAnswer(String jurisdiction, String list, String format, String encoding, boolean dryRun, long added,
            long changed, long hidden, long unchanged, List<RowOutcome> rows, List<Long> changes, String version) {
    }

    @POST
    @Path("jurisdictions/{id}/lists/{listId}/import")
    @Consumes({CsvFiles.MEDIA_TYPE, XlsxFiles.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN,
        "application/csv", "application/vnd.ms-excel"})
    @Produces(ApiResource.JSON_UTF8)
    public Response importSheet(@PathParam("id") String id, @PathParam("listId") String listId,
            @QueryParam("dryRun") String dryRun, @QueryParam("reason") String reason,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, @Context SecurityContext user,
            @Context UriInfo uri, InputStream body) {
        SheetExportResource.allowOnly(uri, "dryRun", "reason");
        boolean dry = dryRun(dryRun);
        Principal signedIn = access.requireWrite(user, id);
        if (!dry && (reason == null || reason.isBlank())) {
            throw Problem.badRequest("reason", "Parameter reason is required: why the list changes, for its history");
        }
        if (!dry && (ifMatch == null || ifMatch.isBlank())) {
            throw Problem.preconditionRequired("Send If-Match with the ETag of the list the file was exported from "
                    + "(GET /api/jurisdictions/" + id + "/lists/" + listId + ")");
        }
        SheetLimits limits = this.limits;
        byte[] bytes = body(body, contentLength, limits);
        EffectiveCatalog effective = SheetExportResource.effective(catalog, id);
        Sourced<ItemList> list = SheetExportResource.sourced(effective, listId);
        String version = ListVersions.of(list);
        if (ifMatch != null && !ifMatch.isBlank() && !ListVersions.matches(ifMatch, version)) {
            throw stale(listId, version);
        }
        SheetTable table = Sheets.read(bytes, limits);
        Plan plan = SheetImport.plan(ListLayout.of(list.value()), table);
        if (!plan.errors().isEmpty()) {
            throw invalid(plan.errors());
        }
        ImportEdits edits = ImportEdits.of(plan);
        List<Long> changes = List.of();
        String after = version;
        try {
            if (!edits.isEmpty()) {
                List<EntryError> errors = overlays.validate(id, listId, edits.edits());
                if (!errors.isEmpty()) {
                    throw invalid(edits.errors(errors));
                }
            }
            if (!dry && !edits.isEmpty()) {
                ChangeOutcome outcome = overlays.change(new ChangeRequest(id, listId, ifMatch, signedIn.getName(),
                        reason.strip(), edits.edits()));
                changes = outcome.changes().stream().map(Change::id).toList();
                after = outcome.version() == null ? version : outcome.version();
            }
        } catch (InvalidChangeException e) {
            throw invalid(edits.errors(e.errors()));
        } catch (StaleVersionException e) {
            throw stale(listId, e.current());
        } catch (VersionRequiredException e) {
            throw Problem.preconditionRequired(e.getMessage());
        } catch (LockedFieldException e) {
            throw Problem.forbidden(e.getMessage());
        } catch (UnknownTargetException e) {
            throw Problem.notFound(e.getMessage());
        } catch (ChangeConflictException e) {
            throw Problem.conflict(e.getMessage());
        }
        ImportAnswer answer = new ImportAnswer(id, listId, table.format(), table.encoding(), dry,
                plan.count(SheetImport.Action.ADDED), plan.count(SheetImport.Action.CHANGED),
                plan.count(SheetImport.Action.HIDDEN), plan.count(SheetImport.Action.UNCHANGED), plan.rows(), changes,
                after);
        return Response.ok(answer).header(HttpHeaders.ETAG, "\"" + after + "\"").build();
    }

    private static Problem invalid(List<ProblemError> errors) {
        return Problem.unprocessable("The file has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + "; nothing was written", errors);
    }

    private static Problem stale(String listId, String current) {
        Problem conflict = Problem.conflict("List " + listId + " was changed since the version the file was exported "
                + "from; it is now at version " + current + ": export it again and redo the changes");
        return current == null ? conflict : conflict.withHeader(HttpHeaders.ETAG, "\"" + current + "\"");
    }

    static boolean dryRun(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw Problem.badRequest("dryRun", "Parameter dryRun must be true or false; got '" + value + "'");
    }

    /** The request body, read up to the limit: 413 past it, before anything else is read. */
    static byte[] body(InputStream body, String contentLength, SheetLimits limits) {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.strip()) > limits.maxBytes()) {
                    throw tooLarge(limits);
                }
            } catch (NumberFormatException e) {
                // the container checks the header; the body's real length is checked below
            }
        }
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(limits.maxBytes() + 1);
            if (bytes.length > limits.maxBytes()) {
                throw tooLarge(limits);
            }
            return bytes;
        } catch (IOException e) {
            throw Problem.of(400, "The request body could not be read: " + e.getMessage());
        }
    }

    private static Problem tooLarge(SheetLimits limits) {
        return Problem.contentTooLarge("The file is larger than " + limits.maxBytes() + " bytes, the most an import "
                + "takes (max.bytes)");
    }

}
