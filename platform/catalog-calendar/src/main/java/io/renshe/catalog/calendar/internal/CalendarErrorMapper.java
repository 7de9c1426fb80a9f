package io.renshe.catalog.calendar.internal;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Answers a {@link CalendarRequestException} with its status and JSON body
 * ({@code {"status":400,"error":"Bad Request","message":"…","parameter":"from"}}).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(CalendarErrorMapper.NAME)
@JSONRequired
public final class CalendarErrorMapper implements ExceptionMapper<CalendarRequestException> {

    static final String NAME = "renshe.calendar.errors";

    @Override
    public Response toResponse(CalendarRequestException exception) {
        CalendarRequestException.Body body = exception.body();
        return Response.status(body.status()).type(CalendarResource.JSON).entity(body).build();
    }
}
