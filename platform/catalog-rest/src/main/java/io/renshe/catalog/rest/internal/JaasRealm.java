package io.renshe.catalog.rest.internal;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * A JAAS realm of Karaf ({@code karaf}: etc/users.properties, or a realm of one's own such as LDAP), through a plain
 * JAAS {@link LoginContext}. Karaf's realms are reached through its {@link ProxyLoginModule}, which JAAS loads with the
 * thread's context class loader: this bundle's loader, which imports Karaf's JAAS boot packages, is set for the call.
 * The roles are the names of the subject's {@link RolePrincipal}s (a group's roles included).
 */
final class JaasRealm implements Realm {

    private final String name;

    JaasRealm(String name) {
        this.name = name;
    }

    @Override
    public Set<String> signIn(String user, char[] password) throws LoginException {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(JaasRealm.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(name, subject, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback nameCallback) {
                        nameCallback.setName(user);
                    } else if (callback instanceof PasswordCallback passwordCallback) {
                        passwordCallback.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                    .collect(Collectors.toUnmodifiableSet());
            context.logout();
            return roles;
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public String toString() {
        return "JAAS realm " + name + " (" + ProxyLoginModule.class.getSimpleName() + ")";
    }
}
