package io.renshe.catalog.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who may do what, for every resource of every bundle. The platform signs users in against Karaf's JAAS realm
 * ({@code karaf}) with HTTP Basic; a resource takes the request's {@link SecurityContext} ({@code @Context}) and asks
 * this service before it writes anything. Reads of the published catalog need no user.
 * <p>
 * Roles: {@value #ADMIN} may do everything; {@value #OFFICE_PREFIX}{@code <jurisdictionId>} (for example
 * {@code renshe-office-341504}) may write that jurisdiction and its descendants. The methods that require a right
 * throw a {@link Problem}: 401 (with {@code WWW-Authenticate}) without a signed-in user, 403 naming what is missing.
 */
@ProviderType
public interface Access {

    /** The role of the provincial administrator. */
    String ADMIN = "renshe-admin";
    /** The prefix of the role of a jurisdiction's office: {@code renshe-office-341504}. */
    String OFFICE_PREFIX = "renshe-office-";

    /** The signed-in user; a 401 problem when there is none. */
    Principal requireUser(SecurityContext context);

    /** The signed-in administrator; 401 without a user, 403 for a user without {@value #ADMIN}. */
    Principal requireAdmin(SecurityContext context);

    /**
     * The signed-in user who may write the jurisdiction: an administrator, or an office of the jurisdiction or of one
     * of its ancestors. 401 without a user, 403 for any other user (the detail names the jurisdiction).
     */
    Principal requireWrite(SecurityContext context, String jurisdictionId);

    /** Whether the request's user may write the jurisdiction (never throws). */
    boolean mayWrite(SecurityContext context, String jurisdictionId);
}
