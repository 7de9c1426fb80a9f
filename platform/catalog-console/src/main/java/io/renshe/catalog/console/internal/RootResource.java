package io.renshe.catalog.console.internal;

import java.net.URI;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /} answers 303 to {@code /console/}. The JAX-RS whiteboard's default application is served at {@code /}
 * by a {@code /*} servlet in the HTTP whiteboard's default context, so the root reaches JAX-RS: an HTTP whiteboard
 * servlet for the context root ({@code ""}) is registered by Pax Web as {@code /} (the default servlet), which
 * {@code /*} outranks. A resource of the default application is the one place that sees {@code /}; every other path
 * keeps its own resource or the API's 404.
 */
@Component(service = RootResource.class)
@JaxrsResource
@Path("/")
public final class RootResource {

    static final URI CONSOLE = URI.create("/console/");

    @GET
    public Response root() {
        return Response.seeOther(CONSOLE).build();
    }
}
