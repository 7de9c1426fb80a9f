package io.renshe.catalog.sheets.internal;

import java.util.List;
import java.util.regex.Pattern;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;

/**
 * {@code GET /api/jurisdictions/{id}/lists/{listId}?format=csv|xlsx}: the {@code format} parameter chooses the answer's
 * media type, as an {@code Accept} header would, so that a plain link downloads the sheet. The JSON answer of the
 * catalog and the sheet of this bundle share the path; JAX-RS chooses between them by the media type, and this filter,
 * before that choice, puts the media type of the format in the request's {@code Accept}. Without {@code format} the
 * request is left as it is: JSON unless its {@code Accept} asks for CSV or xlsx. A {@code format} other than
 * {@code csv} or {@code xlsx}, or given twice, is a 400 problem naming the parameter.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("renshe.sheets.format")
@JaxrsExtensionSelect("(osgi.jaxrs.name=" + ApiResource.PROBLEMS + ")")
@PreMatching
public final class FormatNegotiation implements ContainerRequestFilter {

    static final Pattern LIST_PATH = Pattern.compile("/?api/jurisdictions/[^/]+/lists/[^/]+/?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        if (!LIST_PATH.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        List<String> formats = request.getUriInfo().getQueryParameters().get("format");
        if (formats == null) {
            return;
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType(formats));
    }

    /** The media type a {@code format} parameter asks for. */
    static String mediaType(List<String> formats) {
        if (formats.size() != 1) {
            throw Problem.badRequest("format", "Parameter format is given " + formats.size() + " times; give it once");
        }
        Sheets.Format format = Sheets.Format.of(formats.get(0));
        if (format == null) {
            throw Problem.badRequest("format", "Parameter format must be csv or xlsx (leave it out for JSON); got '"
                    + formats.get(0) + "'");
        }
        return format == Sheets.Format.CSV ? CsvFiles.MEDIA_TYPE : XlsxFiles.MEDIA_TYPE;
    }
}
