package io.renshe.catalog.itests;

import java.security.Principal;
import java.util.Hashtable;

import javax.ws.rs.core.SecurityContext;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.Problem;

/**
 * An {@link Access} for the tests, ranked above any other: every request is the administrator while {@link #admin} is
 * set, and no user otherwise (401). The platform's own sign-in (issue 9) is tested by its own tests; here only what a
 * resource does with the answer counts.
 * <p>
 * Loaded only by the tests that use it: a test class that refreshes the REST bundle must not wire the probe to it.
 */
final class TestAccess implements Access {

    private static final Principal ADMIN = () -> "itest-admin";

    volatile boolean admin = true;

    static TestAccess register(BundleContext context, ServiceRegistration<?>[] registration) {
        TestAccess access = new TestAccess();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        registration[0] = context.registerService(Access.class, access, properties);
        return access;
    }

    private Principal user() {
        if (!admin) {
            throw Problem.unauthorized("Sign in as an administrator").withHeader("WWW-Authenticate", "Basic realm=\"karaf\"");
        }
        return ADMIN;
    }

    @Override
    public Principal requireUser(SecurityContext context) {
        return user();
    }

    @Override
    public Principal requireAdmin(SecurityContext context) {
        return user();
    }

    @Override
    public Principal requireWrite(SecurityContext context, String jurisdictionId) {
        return user();
    }

    @Override
    public boolean mayWrite(SecurityContext context, String jurisdictionId) {
        return admin;
    }
}
