package io.renshe.catalog.rest.internal;

import java.util.Set;

import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

/** Where users sign in: the JAAS realm of Karaf, or a fixed one in tests. */
interface Realm {

    /**
     * Checks a user's password.
     *
     * @return the user's roles
     * @throws FailedLoginException for an unknown user or a wrong password (and the other credential exceptions of
     *         JAAS)
     * @throws LoginException when the realm itself cannot be used
     */
    Set<String> signIn(String user, char[] password) throws LoginException;
}
