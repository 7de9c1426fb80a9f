package io.renshe.catalog.rest.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.rest.ApiResource;

/**
 * {@code GET /api/me}: who the request's user is, for the web console's sign-in check. 401 when anonymous (without
 * {@code WWW-Authenticate} for the console, see {@link SignIn}).
 */
@Component(service = MeResource.class)
@ApiResource
@Path("api/me")
@Produces(ApiResource.JSON_UTF8)
public final class MeResource {

    /**
     * The signed-in user.
     *
     * @param user the user's name
     * @param roles its roles, sorted
     * @param jurisdictions the deployed jurisdictions it may write, ordered by id: every one for an administrator,
     *        an office's jurisdiction and its descendants
     */
    record Me(String user, Set<String> roles, List<String> jurisdictions) {
    }

    private final OfficeAccess access;

    @Activate
    public MeResource(@Reference OfficeAccess access) {
        this.access = access;
    }

    @GET
    public Me me(@Context SecurityContext context) {
        String user = access.requireUser(context).getName();
        Set<String> roles = context instanceof SignedIn signedIn ? signedIn.sortedRoles() : new TreeSet<>();
        return new Me(user, roles, access.writable(context));
    }
}
