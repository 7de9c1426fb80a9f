package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;

import org.junit.jupiter.api.Test;

/** The sign-in filter's own logic over a fixed realm: the header, the outcomes, the remembered sign-ins, the throttle. */
class SignInTest {

    /** A realm of two users that records the passwords it is asked to check. */
    static final class TwoUsers implements Realm {
        final List<String> checked = new ArrayList<>();
        boolean broken;
        /** Calls that fail as a realm that cannot be read, before it works again. */
        int unreadable;

        @Override
        public Set<String> signIn(String user, char[] password) throws LoginException {
            if (broken) {
                throw new LoginException("No LoginModules configured for karaf");
            }
            if (unreadable > 0) {
                unreadable--;
                throw new LoginException("Hex-encoded string must have an even number of characters");
            }
            String given = new String(password);
            checked.add(user + ":" + given);
            if ("yeji".equals(user) && "口令-yeji".equals(given)) {
                return Set.of("renshe-office-341504");
            }
            if ("admin".equals(user) && "pass:with:colons".equals(given)) {
                return Set.of("renshe-admin", "admin");
            }
            throw new FailedLoginException("Password for user " + user + " does not match");
        }
    }

    static SignInConfiguration configuration(int freeFailures, int rememberSeconds) {
        return new SignInConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SignInConfiguration.class;
            }

            @Override
            public String realm() {
                return "karaf";
            }

            @Override
            public int free_failures() {
                return freeFailures;
            }

            @Override
            public int max_delay_seconds() {
                return 300;
            }

            @Override
            public int remember_seconds() {
                return rememberSeconds;
            }
        };
    }

    private final TwoUsers realm = new TwoUsers();
    private final TestClock clock = new TestClock();
    private final SignIn signIn = new SignIn(configuration(3, 60), realm, clock);

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRightPasswordGivesTheUserWithItsRoles() {
        SignIn.Outcome outcome = signIn.signIn(basic("yeji:口令-yeji"), "10.0.0.1", true);
        assertNull(outcome.problem());
        assertEquals("yeji", outcome.user().getUserPrincipal().getName());
        assertTrue(outcome.user().isUserInRole("renshe-office-341504"));
        assertTrue(outcome.user().isSecure());
        assertEquals("BASIC", outcome.user().getAuthenticationScheme());
        SignIn.Outcome colons = signIn.signIn(basic("admin:pass:with:colons"), "10.0.0.1", false);
        assertEquals(Set.of("renshe-admin", "admin"), colons.user().roles(), "the password is all after the first colon");
    }

    @Test
    void aWrongOrMalformedAuthorizationIs401WithTheChallenge() {
        for (String header : List.of(basic("yeji:wrong"), basic("nobody:口令-yeji"), "Bearer abc", "Basic !!!",
                basic("no-colon"), basic(":empty-user"), "Basic " + Base64.getEncoder().encodeToString(new byte[] {
                    (byte) 0xC3, (byte) 0x28, ':', 'x'}))) {
            SignIn.Outcome outcome = new SignIn(configuration(3, 60), realm, clock).signIn(header, "10.0.0.1", false);
            assertNull(outcome.user(), header);
            assertEquals(401, outcome.problem().status(), header);
            assertEquals(Map.of("WWW-Authenticate", "Basic realm=\"karaf\""), outcome.problem().headers(), header);
        }
    }

    @Test
    void aRealmThatCannotBeUsedIs503() {
        realm.broken = true;
        assertEquals(503, signIn.signIn(basic("yeji:口令-yeji"), "10.0.0.1", false).problem().status());
    }

    @Test
    void aRealmThatCannotBeReadForAMomentIsAskedOnceMore() {
        realm.unreadable = 1;
        SignIn.Outcome outcome = signIn.signIn(basic("yeji:口令-yeji"), "10.0.0.1", false);
        assertNull(outcome.problem(), "the second time the realm is read, the sign-in succeeds");
        assertEquals("yeji", outcome.user().getUserPrincipal().getName());
        realm.unreadable = 2;
        assertEquals(503, signIn.signIn(basic("admin:pass:with:colons"), "10.0.0.1", false).problem().status(),
                "asked twice at most");
        assertEquals(0, realm.unreadable);
        assertEquals(401, signIn.signIn(basic("yeji:wrong"), "10.0.0.1", false).problem().status());
        assertEquals(List.of("yeji:口令-yeji", "yeji:wrong"), realm.checked, "a wrong password is asked once");
    }

    @Test
    void repeatedFailuresAre429WithRetryAfterWithoutAskingTheRealm() {
        for (int i = 0; i < 4; i++) {
            assertEquals(401, signIn.signIn(basic("yeji:wrong-" + i), "10.0.0.1", false).problem().status());
        }
        realm.checked.clear();
        SignIn.Outcome refused = signIn.signIn(basic("yeji:口令-yeji"), "10.0.0.2", false);
        assertEquals(429, refused.problem().status());
        assertEquals(Map.of("Retry-After", "1"), refused.problem().headers());
        assertEquals(List.of(), realm.checked, "the realm is not asked while the user is refused");
        clock.advance(Duration.ofSeconds(1));
        assertEquals("yeji", signIn.signIn(basic("yeji:口令-yeji"), "10.0.0.2", false).user().user());
    }

    @Test
    void aSignInIsRememberedForAWhileWithoutAskingTheRealmAgain() {
        signIn.signIn(basic("yeji:口令-yeji"), "10.0.0.1", false);
        signIn.signIn(basic("yeji:口令-yeji"), "10.0.0.1", false);
        assertEquals(List.of("yeji:口令-yeji"), realm.checked);
        assertEquals(401, signIn.signIn(basic("yeji:other"), "10.0.0.1", false).problem().status(),
                "another password is checked");
        clock.advance(Duration.ofSeconds(61));
        signIn.signIn(basic("yeji:口令-yeji"), "10.0.0.1", false);
        assertEquals(2, realm.checked.stream().filter(c -> c.equals("yeji:口令-yeji")).count(), "checked again after 60 s");

        SignIn never = new SignIn(configuration(3, 0), realm, clock);
        realm.checked.clear();
        never.signIn(basic("yeji:口令-yeji"), "10.0.0.1", false);
        never.signIn(basic("yeji:口令-yeji"), "10.0.0.1", false);
        assertEquals(2, realm.checked.size(), "remember.seconds 0: every request is checked");
    }

    @Test
    void aUserNameIsLoggedPrintable() {
        assertEquals("yeji?admin", SignIn.printable("yeji\nadmin"));
        assertEquals("x".repeat(64) + "…", SignIn.printable("x".repeat(100)));
        assertEquals("叶集", SignIn.printable("叶集"));
    }
}
