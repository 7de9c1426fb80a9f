package io.renshe.catalog.sheets.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.overlay.ListVersions;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;

/**
 * {@code GET /api/jurisdictions/{id}/lists/{listId}?format=csv|xlsx} (or with {@code Accept: text/csv} or the xlsx
 * media type): a list's effective entries under the Chinese headings of its document, as a download
 * (docs/spreadsheets.md). The path is the JSON list's: {@link FormatNegotiation} turns the {@code format} parameter
 * into the media type JAX-RS chooses this method by.
 */
@Component(service = SheetExportResource.class)
@ApiResource
@Path("api")
public final class SheetExportResource {

    /** The CSV and xlsx answers rank below JSON: a request that accepts anything gets JSON. */
    static final String CSV_PRODUCED = CsvFiles.MEDIA_TYPE + ";qs=0.5";
    static final String XLSX_PRODUCED = XlsxFiles.MEDIA_TYPE + ";qs=0.5";

    private final CatalogService catalog;

    @Activate
    public SheetExportResource(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("jurisdictions/{id}/lists/{listId}")
    @Produces({CSV_PRODUCED, XLSX_PRODUCED})
    public Response export(@PathParam("id") String id, @PathParam("listId") String listId,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        allowOnly(uri, "format");
        Sheets.Format format = format(uri.getQueryParameters().get("format"), headers.getAcceptableMediaTypes());
        EffectiveCatalog effective = effective(catalog, id);
        Sourced<ItemList> sourced = sourced(effective, listId);
        ItemList list = sourced.value();
        ListLayout layout = ListLayout.of(list);
        Map<String, String> changes = changes(list);
        byte[] body = format == Sheets.Format.CSV ? Sheets.csv(layout, changes) : Sheets.xlsx(layout, changes);
        String name = Sheets.fileName(effective.jurisdiction().name(), list, format);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", Sheets.contentDisposition(id + "-" + listId + "." + format.extension(), name))
                .header(HttpHeaders.ETAG, "\"" + ListVersions.of(sourced) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The day of a change, as the offices count days. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * The {@link ListLayout#CHANGE_HEADER} cell of each entry an office changed or added:
     * {@code 第12号调整（yeji-office，2026-11-28）：reason}.
     */
    static Map<String, String> changes(ItemList list) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (ListEntry entry : list.entries()) {
            Provenance provenance = entry.provenance();
            if (provenance != null && provenance.overlay() != null) {
                changes.put(entry.seq(), "第" + provenance.overlay() + "号调整（" + provenance.by()
                        + (provenance.at() == null ? "" : "，" + LocalDate.ofInstant(provenance.at(), CHINA))
                        + "）：" + provenance.reason());
            }
        }
        return changes;
    }

    /** The format of an export: the {@code format} parameter's, else the first the request accepts. */
    static Sheets.Format format(List<String> parameter, List<MediaType> accepted) {
        if (parameter != null) {
            String type = FormatNegotiation.mediaType(parameter);
            return type.equals(CsvFiles.MEDIA_TYPE) ? Sheets.Format.CSV : Sheets.Format.XLSX;
        }
        for (MediaType type : accepted) {
            if (type.isCompatible(MediaType.valueOf(CsvFiles.MEDIA_TYPE)) && !type.isWildcardType()) {
                return Sheets.Format.CSV;
            }
            if (type.isCompatible(MediaType.valueOf(XlsxFiles.MEDIA_TYPE)) && !type.isWildcardSubtype()) {
                return Sheets.Format.XLSX;
            }
        }
        return Sheets.Format.CSV;
    }

    static EffectiveCatalog effective(CatalogService catalog, String id) {
        JurisdictionStatus status = catalog.jurisdiction(id).orElseThrow(() -> Problem.notFound("No jurisdiction " + id));
        if (!JurisdictionStatus.ACTIVE.equals(status.status())) {
            throw Problem.notFound("Jurisdiction " + id + " was rejected: see /api/jurisdictions/" + id);
        }
        return catalog.catalog(id).orElseThrow(() -> Problem.notFound("No jurisdiction " + id));
    }

    static Sourced<ItemList> sourced(EffectiveCatalog effective, String listId) {
        for (Sourced<ItemList> list : effective.lists()) {
            if (list.value().id().equals(listId)) {
                return list;
            }
        }
        throw Problem.notFound("Jurisdiction " + effective.jurisdiction().id() + " has no list " + listId);
    }

    /** A parameter the endpoint does not know is an error, not silently ignored. */
    static void allowOnly(UriInfo uri, String... names) {
        List<String> allowed = List.of(names);
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!allowed.contains(parameter.getKey())) {
                throw Problem.badRequest(parameter.getKey(), "Unknown parameter '" + parameter.getKey()
                        + "' (this endpoint takes " + String.join(", ", allowed) + ")");
            }
            if (parameter.getValue().size() > 1) {
                throw Problem.badRequest(parameter.getKey(), "Parameter " + parameter.getKey() + " is given "
                        + parameter.getValue().size() + " times; give it once");
            }
        }
    }
}
