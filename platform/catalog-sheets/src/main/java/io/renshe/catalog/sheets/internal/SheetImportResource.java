package io.renshe.catalog.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.sheets.internal.SheetImport.Plan;
import io.renshe.catalog.sheets.internal.SheetImport.RowOutcome;

/**
 * {@code POST /api/jurisdictions/{id}/lists/{listId}/import?dryRun=true|false&reason=…}: a CSV or xlsx file of a list,
 * read within the limits of {@link SheetsConfiguration} and validated whole before anything is written
 * (docs/spreadsheets.md).
 */
@Component(service = SheetImportResource.class, configurationPid = SheetImportResource.PID)
@Designate(ocd = SheetsConfiguration.class)
@ApiResource
@Path("api")
public final class SheetImportResource {

    static final String PID = "io.renshe.catalog.sheets";

    private final CatalogService catalog;
    private final Access access;
    private volatile SheetLimits limits;

    @Activate
    public SheetImportResource(@Reference CatalogService catalog, @Reference Access access, SheetsConfiguration config) {
        this.catalog = catalog;
        this.access = access;
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
     * @param rows each row's outcome
     */
    record ImportAnswer(String jurisdiction, String list, String format, String encoding, boolean dryRun, long added,
            long changed, long hidden, long unchanged, List<RowOutcome> rows) {
    }

    @POST
    @Path("jurisdictions/{id}/lists/{listId}/import")
    @Consumes({CsvFiles.MEDIA_TYPE, XlsxFiles.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN,
        "application/csv", "application/vnd.ms-excel"})
    @Produces(ApiResource.JSON_UTF8)
    public ImportAnswer importSheet(@PathParam("id") String id, @PathParam("listId") String listId,
            @QueryParam("dryRun") String dryRun, @QueryParam("reason") String reason,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, @Context SecurityContext user,
            @Context UriInfo uri, InputStream body) {
        SheetExportResource.allowOnly(uri, "dryRun", "reason");
        boolean dry = dryRun(dryRun);
        access.requireWrite(user, id);
        SheetLimits limits = this.limits;
        byte[] bytes = body(body, contentLength, limits);
        EffectiveCatalog effective = SheetExportResource.effective(catalog, id);
        ItemList list = SheetExportResource.list(effective, listId);
        SheetTable table = Sheets.read(bytes, limits);
        Plan plan = SheetImport.plan(ListLayout.of(list), table);
        if (!plan.errors().isEmpty()) {
            throw Problem.unprocessable("The file has " + plan.errors().size()
                    + (plan.errors().size() == 1 ? " error" : " errors") + "; nothing was written", plan.errors());
        }
        return new ImportAnswer(id, listId, table.format(), table.encoding(), dry, plan.count(SheetImport.Action.ADDED),
                plan.count(SheetImport.Action.CHANGED), plan.count(SheetImport.Action.HIDDEN),
                plan.count(SheetImport.Action.UNCHANGED), plan.rows());
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
