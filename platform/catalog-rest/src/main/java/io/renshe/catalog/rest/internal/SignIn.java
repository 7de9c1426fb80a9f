package io.renshe.catalog.rest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.annotation.Priority;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.CredentialException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;

/**
 * HTTP Basic sign-in for the whole API, against a JAAS realm of Karaf ({@code karaf} by default): a whiteboard
 * request filter of the default application. A request without {@code Authorization} goes on anonymously (the
 * resources decide, through {@link io.renshe.catalog.rest.Access}, what it may do); a request with a user and the right
 * password goes on with a {@link SignedIn} security context carrying the user's roles; any other {@code Authorization}
 * is answered 401 at once.
 * <p>
 * Failed sign-ins are logged with the user name and the client address, never the password, and slowed down per user
 * and per address ({@link Throttle}): while refused, a sign-in is answered 429 with {@code Retry-After} without
 * asking the realm. A sign-in that succeeded is remembered for a short while ({@code remember.seconds}), keyed by a
 * salted digest of the user and password, so that a slow password hash is not paid on every request.
 * <p>
 * As a response filter it takes the {@code WWW-Authenticate} challenge out of every 401 answer to a request of the web
 * console ({@code X-Requested-With: XMLHttpRequest}), so that the browser shows no sign-in dialog of its own.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class}, configurationPid = SignIn.PID)
@Designate(ocd = SignInConfiguration.class)
@JaxrsExtension
@JaxrsName(ApiResource.AUTHENTICATION)
@Priority(Priorities.AUTHENTICATION)
public final class SignIn implements ContainerRequestFilter, ContainerResponseFilter {

    static final String PID = "io.renshe.catalog.signin";
    static final String REQUESTED_WITH = "X-Requested-With";
    static final String CONSOLE = "XMLHttpRequest";
    static final int MAX_REMEMBERED = 1_000;
    /** Milliseconds before asking a realm once more that could not check a password. */
    static final long RETRY_PAUSE_MS = 200;
    private static final int MAX_HEADER = 4_096;
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private record Remembered(String user, Set<String> roles, Instant until) {
    }

    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> remembered = new LinkedHashMap<>(64, 0.75f, true);
    private volatile Realm realm;
    private volatile Throttle throttle;
    private volatile Duration remember;

    @Activate
    public SignIn(SignInConfiguration configuration) {
        this(configuration, new JaasRealm(configuration.realm()), Clock.systemUTC());
    }

    /** With a given realm and clock (tests). */
    SignIn(SignInConfiguration configuration, Realm realm, Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
        configure(configuration, realm);
    }

    @Modified
    void modified(SignInConfiguration configuration) {
        configure(configuration, new JaasRealm(configuration.realm()));
    }

    private void configure(SignInConfiguration configuration, Realm realm) {
        this.realm = realm;
        this.throttle = new Throttle(clock, configuration.free_failures(),
                Duration.ofSeconds(Math.max(1, configuration.max_delay_seconds())));
        this.remember = Duration.ofSeconds(Math.max(0, configuration.remember_seconds()));
        synchronized (remembered) {
            remembered.clear();
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        Outcome outcome = signIn(header, address(request), secure);
        if (outcome.problem() != null) {
            request.abortWith(ProblemMapper.respond(outcome.problem()));
        } else {
            request.setSecurityContext(outcome.user());
        }
    }

    /** What a sign-in came to: the user, or the problem to answer instead. */
    record Outcome(SignedIn user, Problem problem) {
        static Outcome of(Problem problem) {
            return new Outcome(null, problem);
        }
    }

    /**
     * Signs a user in.
     *
     * @param header the request's {@code Authorization} header
     * @param address the client's address
     * @param secure whether the request came over HTTPS
     */
    Outcome signIn(String header, String address, boolean secure) {
        if (header.length() > MAX_HEADER || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Outcome.of(unauthorized("Only HTTP Basic sign-in is taken here (Authorization: Basic …)"));
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return Outcome.of(unauthorized("The Authorization header is not Base64 of user:password"));
        }
        char[] credentials = utf8(decoded);
        Arrays.fill(decoded, (byte) 0);
        int colon = credentials == null ? -1 : indexOf(credentials, ':');
        if (colon <= 0) {
            wipe(credentials);
            return Outcome.of(unauthorized("The Authorization header holds no user:password"));
        }
        String user = new String(credentials, 0, colon);
        char[] password = Arrays.copyOfRange(credentials, colon + 1, credentials.length);
        wipe(credentials);
        try {
            String digest = digest(user, password);
            Throttle current = throttle;
            Remembered known = recall(digest);
            if (known != null) {
                current.succeeded(user, address);
                return new Outcome(new SignedIn(user, known.roles(), secure), null);
            }
            Duration wait = current.refusedFor(user, address);
            if (!wait.isZero()) {
                long seconds = seconds(wait);
                LOG.warn("Sign-in of user '{}' from {} refused for another {} s after repeated failures", printable(user),
                        address, seconds);
                return Outcome.of(Problem.of(429, "Too many failed sign-ins for this user or from this address: try again in "
                        + seconds + " s").withHeader("Retry-After", Long.toString(seconds)));
            }
            Set<String> roles;
            try {
                roles = signInAtMostTwice(user, password);
            } catch (FailedLoginException | AccountException | CredentialException e) {
                int failures = current.failed(user, address);
                Duration now = current.refusedFor(user, address);
                LOG.warn("Sign-in failed for user '{}' from {}: unknown user or wrong password ({} in a row{})",
                        printable(user), address, failures,
                        now.isZero() ? "" : "; the next attempts are refused for " + seconds(now) + " s");
                return Outcome.of(unauthorized("Unknown user or wrong password"));
            } catch (LoginException | RuntimeException e) {
                LOG.error("Sign-in of user '{}' against {} could not be checked", printable(user), realm, e);
                return Outcome.of(Problem.unavailable("Sign-in is not available now: the platform's log says why"));
            }
            current.succeeded(user, address);
            remember(digest, user, roles);
            return new Outcome(new SignedIn(user, roles, secure), null);
        } finally {
            wipe(password);
        }
    }

    /**
     * Asks the realm, and once more after a short pause when it could not check the password at all: Karaf's properties
     * realm rewrites {@code etc/users.properties} (hashing a new password) while a sign-in may be reading it.
     */
    private Set<String> signInAtMostTwice(String user, char[] password) throws LoginException {
        try {
            return realm.signIn(user, password);
        } catch (FailedLoginException | AccountException | CredentialException e) {
            throw e;
        } catch (LoginException | RuntimeException e) {
            LOG.warn("Sign-in of user '{}' against {} could not be checked ({}): asking once more", printable(user),
                    realm, e.toString());
            try {
                Thread.sleep(RETRY_PAUSE_MS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            return realm.signIn(user, password);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401 && CONSOLE.equalsIgnoreCase(request.getHeaderString(REQUESTED_WITH))) {
            response.getHeaders().remove(OfficeAccess.WWW_AUTHENTICATE);
        }
    }

    /** Whole seconds, rounded up: what Retry-After says. */
    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    private static Problem unauthorized(String detail) {
        return Problem.unauthorized(detail).withHeader(OfficeAccess.WWW_AUTHENTICATE, OfficeAccess.CHALLENGE);
    }

    /** The client's address, which {@link ClientAddress} put into the request. */
    private static String address(ContainerRequestContext request) {
        Object address = request.getProperty(ClientAddress.ATTRIBUTE);
        return address instanceof String text ? text : "an unknown address";
    }

    private Remembered recall(String digest) {
        synchronized (remembered) {
            Remembered known = remembered.get(digest);
            if (known != null && clock.instant().isBefore(known.until())) {
                return known;
            }
            if (known != null) {
                remembered.remove(digest);
            }
            return null;
        }
    }

    private void remember(String digest, String user, Set<String> roles) {
        if (remember.isZero()) {
            return;
        }
        synchronized (remembered) {
            remembered.put(digest, new Remembered(user, roles, clock.instant().plus(remember)));
            if (remembered.size() > MAX_REMEMBERED) {
                Iterator<String> eldest = remembered.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
    }

    private String digest(String user, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            sha.update(raw);
            Arrays.fill(raw, (byte) 0);
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The bytes as UTF-8, or {@code null} when they are not UTF-8. */
    private static char[] utf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            char[] result = new char[chars.remaining()];
            chars.get(result);
            Arrays.fill(chars.array(), '\0');
            return result;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int indexOf(char[] chars, char c) {
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    /** A user name as it may be logged: control characters replaced, at most 64 characters. */
    static String printable(String user) {
        String clean = user.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
