package io.renshe.catalog.application.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.application.ApplicationService;
import io.renshe.catalog.application.PluginInfo;
import io.renshe.catalog.rest.ApiResource;

/** {@code GET /api/plugins}: the item plug-ins present now, each with its bundle, version and items. Public. */
@Component(service = PluginsResource.class)
@ApiResource
@Path("api/plugins")
@Produces(ApiResource.JSON_UTF8)
public final class PluginsResource {

    private final ApplicationService applications;

    @Activate
    public PluginsResource(@Reference ApplicationService applications) {
        this.applications = applications;
    }

    @GET
    public List<PluginInfo> plugins(@Context UriInfo uri) {
        Parameters.allowOnly(uri);
        return applications.plugins();
    }
}
