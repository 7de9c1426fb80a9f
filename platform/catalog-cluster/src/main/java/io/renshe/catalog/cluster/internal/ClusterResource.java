package io.renshe.catalog.cluster.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Parameters;

/** {@code GET /api/cluster}, for administrators: the nodes sharing the database and the drift between them. */
@Component(service = ClusterResource.class)
@ApiResource
@Path("api/cluster")
@Produces(ApiResource.JSON_UTF8)
public final class ClusterResource {

    private final ClusterNode node;
    private final Access access;

    @Activate
    public ClusterResource(@Reference ClusterNode node, @Reference Access access) {
        this.node = node;
        this.access = access;
    }

    @GET
    public ClusterView cluster(@Context SecurityContext user, @Context UriInfo uri) {
        access.requireAdmin(user);
        Parameters.allowOnly(uri);
        node.beat();
        return ClusterView.of(node.id(), node.heartbeat(), node.now(), node.nodes());
    }
}
