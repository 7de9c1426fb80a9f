package io.renshe.catalog.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every error of the API, including an unknown path or method, the JSON error body.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
public final class ErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Exception exception) {
        if (exception instanceof WebApplicationException web) {
            Response response = web.getResponse();
            if (response.hasEntity() && Json.TYPE.isCompatible(response.getMediaType())) {
                return response;
            }
            String message = switch (response.getStatus()) {
                case 404 -> "No such resource";
                case 405 -> "Method not allowed here";
                case 406 -> "This API answers application/json only";
                case 415 -> "Unsupported media type";
                default -> web.getMessage();
            };
            return ApiError.body(response.getStatus(), message);
        }
        LOG.error("Request failed", exception);
        return ApiError.body(500, "Internal error: " + exception.getClass().getSimpleName());
    }
}
