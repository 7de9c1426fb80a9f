package io.renshe.catalog.rest.internal;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.Problem;

/**
 * Who may write what: {@value Access#ADMIN} everything, {@value Access#OFFICE_PREFIX}{@code <id>} that jurisdiction
 * and its descendants. A jurisdiction's ancestors come from the catalog service: those of its effective catalog while
 * it is active, else the parents its deployed bundles declare.
 */
@Component(service = {Access.class, OfficeAccess.class})
public final class OfficeAccess implements Access {

    /** The challenge of every 401 answer: HTTP Basic against Karaf's realm. */
    static final String CHALLENGE = "Basic realm=\"karaf\"";
    static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private final CatalogService catalog;

    @Activate
    public OfficeAccess(@Reference CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public Principal requireUser(SecurityContext context) {
        Principal user = context == null ? null : context.getUserPrincipal();
        if (user == null) {
            throw Problem.unauthorized("Sign in to do this: HTTP Basic with a user of the platform (see docs/offices.md)")
                    .withHeader(WWW_AUTHENTICATE, CHALLENGE);
        }
        return user;
    }

    @Override
    public Principal requireAdmin(SecurityContext context) {
        Principal user = requireUser(context);
        if (!context.isUserInRole(ADMIN)) {
            throw Problem.forbidden("Only an administrator (role " + ADMIN + ") may do this; user " + user.getName()
                    + " has not that role");
        }
        return user;
    }

    @Override
    public Principal requireWrite(SecurityContext context, String jurisdictionId) {
        Principal user = requireUser(context);
        if (!mayWrite(context, jurisdictionId)) {
            List<String> roles = new ArrayList<>();
            roles.add(ADMIN);
            lineage(jurisdictionId).forEach(id -> roles.add(OFFICE_PREFIX + id));
            throw Problem.forbidden("User " + user.getName() + " may not change jurisdiction " + jurisdictionId
                    + ": that needs one of the roles " + String.join(", ", roles));
        }
        return user;
    }

    @Override
    public boolean mayWrite(SecurityContext context, String jurisdictionId) {
        if (context == null || context.getUserPrincipal() == null || jurisdictionId == null) {
            return false;
        }
        if (context.isUserInRole(ADMIN)) {
            return true;
        }
        for (String id : lineage(jurisdictionId)) {
            if (context.isUserInRole(OFFICE_PREFIX + id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The jurisdiction and its ancestors, nearest first: from its effective catalog while it is active, else from the
     * parents the deployed bundles declare (as far as they are deployed); just the id when nothing declares it.
     */
    List<String> lineage(String jurisdictionId) {
        Optional<EffectiveCatalog> effective = catalog.catalog(jurisdictionId);
        if (effective.isPresent()) {
            List<String> lineage = new ArrayList<>();
            lineage.add(jurisdictionId);
            lineage.addAll(effective.get().ancestors());
            return lineage;
        }
        Set<String> lineage = new LinkedHashSet<>();
        String at = jurisdictionId;
        while (at != null && lineage.add(at)) {
            at = catalog.jurisdiction(at).map(JurisdictionStatus::parent).orElse(null);
        }
        return List.copyOf(lineage);
    }

    /** The deployed jurisdictions the request's user may write, ordered by id; none for anonymous. */
    List<String> writable(SecurityContext context) {
        return catalog.jurisdictions().stream().map(JurisdictionStatus::id).distinct()
                .filter(id -> mayWrite(context, id)).sorted().toList();
    }
}
