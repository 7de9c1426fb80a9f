package io.renshe.catalog.rest.internal;

import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.core.SecurityContext;

/**
 * The request's user once signed in against the JAAS realm: its name and the roles the realm gave it.
 *
 * @param user the user's name
 * @param roles its roles (Karaf's {@code RolePrincipal} names)
 * @param secure whether the request came over HTTPS
 */
record SignedIn(String user, Set<String> roles, boolean secure) implements SecurityContext {

    SignedIn {
        roles = Set.copyOf(roles);
    }

    /** The user as a principal. */
    record User(String getName) implements Principal {
    }

    @Override
    public Principal getUserPrincipal() {
        return new User(user);
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SecurityContext.BASIC_AUTH;
    }

    /** The roles, sorted. */
    Set<String> sortedRoles() {
        return new TreeSet<>(roles);
    }
}
