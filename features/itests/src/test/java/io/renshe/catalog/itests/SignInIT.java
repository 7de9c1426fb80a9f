package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.Principal;
import java.security.PrivilegedExceptionAction;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;

/**
 * Sign-in and roles on the real distribution: HTTP Basic against Karaf's JAAS realm, passwords hashed with bcrypt,
 * no default user, 401 and 403 problems, the web console's 401 without a challenge, wrong passwords logged without
 * the password and slowed down. Writes of a jurisdiction go through a test resource that asks the platform's
 * {@link Access} exactly as every write resource does.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SignInIT extends PlatformTestSupport {

    /** A write of a jurisdiction, guarded as every write resource guards itself. */
    @Path("test/writes")
    public static final class GuardedWrite {
        private final Access access;

        GuardedWrite(Access access) {
            this.access = access;
        }

        @PUT
        @Path("{id}")
        @Produces(ApiResource.JSON_UTF8)
        public Map<String, String> write(@PathParam("id") String id, @Context SecurityContext user) {
            Principal who = access.requireWrite(user, id);
            return Map.of("user", who.getName(), "jurisdiction", id);
        }
    }

    /** A user no other test signs in as, so that no remembered sign-in stands in for the realm. */
    static final String THROTTLED = "throttled-office";
    static final String THROTTLED_PASSWORD = "Throttled-Passphrase-2026";

    private static ServiceRegistration<GuardedWrite> guarded;

    @Override
    @Configuration
    public Option[] config() {
        return OptionUtils.combine(super.config(), editConfigurationFilePut("etc/users.properties", THROTTLED,
                THROTTLED_PASSWORD + ",renshe-office-341000"));
    }

    @Before
    public void jurisdictionsAndAWriteResource() throws Exception {
        if (guarded == null) {
            installFeature("renshe-huangshan");
            installFeature("renshe-yeji-district");
            await("叶集区 and 黄山市 active", () -> "active".equals(json(get("/api/jurisdictions/341504")).path("status").asText())
                    && "active".equals(json(get("/api/jurisdictions/341000")).path("status").asText()));
            Access access = bundleContext.getService(bundleContext.getServiceReference(Access.class));
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("osgi.jaxrs.resource", true);
            properties.put("osgi.jaxrs.extension.select", new String[] {"(osgi.jaxrs.name=" + ApiResource.JSON + ")",
                "(osgi.jaxrs.name=" + ApiResource.PROBLEMS + ")", "(osgi.jaxrs.name=" + ApiResource.AUTHENTICATION + ")",
                "(osgi.jaxrs.media.type=application/json)"});
            guarded = bundleContext.registerService(GuardedWrite.class, new GuardedWrite(access), properties);
            await("the test resource", () -> write("341504", null).status() == 401);
        }
        // a sign-in that succeeds clears the failures counted for this address by an earlier test
        await("a clean slate", () -> me(ADMIN, ADMIN_PASSWORD).status() == 200);
    }

    private Answer write(String jurisdiction, String authorization) throws Exception {
        return request("PUT", "/test/writes/" + jurisdiction, null, null, "application/json",
                authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    private Answer me(String user, String password) throws Exception {
        return request("GET", "/api/me", null, null, "application/json", Map.of("Authorization", basic(user, password)));
    }

    @Test
    public void readsAreOpenAndWritesNeedAUserWithTheRightRole() throws Exception {
        assertEquals(200, get("/api/jurisdictions/341504/lists").status());

        Answer anonymous = write("341504", null);
        assertEquals(401, anonymous.status());
        assertEquals("Basic realm=\"karaf\"", anonymous.header("WWW-Authenticate"));
        assertTrue(anonymous.contentType(), anonymous.contentType().startsWith("application/problem+json"));
        assertEquals(401, json(anonymous).path("status").asInt());

        Answer validate = request("POST", "/api/validate", "application/java-archive",
                jurisdictionBundle("test-province", "test.province", "1.0.0"), "application/json");
        assertEquals(401, validate.status());
        assertEquals("Basic realm=\"karaf\"", validate.header("WWW-Authenticate"));
        Answer office = request("POST", "/api/validate", "application/java-archive",
                jurisdictionBundle("test-province", "test.province", "1.0.0"), "application/json",
                Map.of("Authorization", basic(YEJI, YEJI_PASSWORD)));
        assertEquals("validating is the administrator's: " + office.body(), 403, office.status());
        assertTrue(office.body(), json(office).path("detail").asText().contains("renshe-admin"));
        Answer admin = request("POST", "/api/validate", "application/java-archive",
                jurisdictionBundle("test-province", "test.province", "1.0.0"), "application/json",
                Map.of("Authorization", basic(ADMIN, ADMIN_PASSWORD)));
        assertEquals(admin.body(), 200, admin.status());

        // 叶集区's office writes 叶集区, not 黄山市 nor its own parent 六安市
        Answer own = write("341504", basic(YEJI, YEJI_PASSWORD));
        assertEquals(own.body(), 200, own.status());
        assertEquals(YEJI, json(own).path("user").asText());
        Answer other = write("341000", basic(YEJI, YEJI_PASSWORD));
        assertEquals(other.body(), 403, other.status());
        assertNull("a 403 has no challenge", other.header("WWW-Authenticate"));
        String detail = json(other).path("detail").asText();
        assertTrue(detail, detail.contains("yeji-office") && detail.contains("341000")
                && detail.contains("renshe-office-341000") && detail.contains("renshe-office-340000"));
        assertEquals(403, write("341500", basic(YEJI, YEJI_PASSWORD)).status());
        // 六安市's office writes its descendant 叶集区; the administrator writes everything
        assertEquals(200, write("341504", basic(LU_AN, LU_AN_PASSWORD)).status());
        assertEquals(403, write("341000", basic(LU_AN, LU_AN_PASSWORD)).status());
        assertEquals(200, write("341000", basic(HUANGSHAN, HUANGSHAN_PASSWORD)).status());
        assertEquals(200, write("341000", basic(ADMIN, ADMIN_PASSWORD)).status());
    }

    @Test
    public void meSaysWhoIsSignedInAndWhatItMayWrite() throws Exception {
        JsonNode luan = json(me(LU_AN, LU_AN_PASSWORD));
        assertEquals(LU_AN, luan.path("user").asText());
        assertEquals("[\"renshe-office-341500\"]", luan.path("roles").toString());
        assertEquals("[\"341500\",\"341504\"]", luan.path("jurisdictions").toString());
        JsonNode admin = json(me(ADMIN, ADMIN_PASSWORD));
        List<String> all = List.of("340000", "341000", "341500", "341504");
        for (String id : all) {
            assertTrue(admin.toString(), admin.path("jurisdictions").toString().contains("\"" + id + "\""));
        }
        Answer anonymous = get("/api/me");
        assertEquals(401, anonymous.status());
        assertEquals("Basic realm=\"karaf\"", anonymous.header("WWW-Authenticate"));
    }

    @Test
    public void theWebConsoleGets401WithoutAChallenge() throws Exception {
        Map<String, String> console = Map.of("X-Requested-With", "XMLHttpRequest");
        Answer me = request("GET", "/api/me", null, null, "application/json", console);
        assertEquals(401, me.status());
        assertNull("no browser dialog: " + me.headers(), me.header("WWW-Authenticate"));
        assertEquals(401, json(me).path("status").asInt());
        Answer wrong = request("GET", "/api/me", null, null, "application/json",
                Map.of("X-Requested-With", "XMLHttpRequest", "Authorization", basic(YEJI, "not-the-password")));
        assertEquals(401, wrong.status());
        assertNull(wrong.header("WWW-Authenticate"));
        Answer write = request("PUT", "/test/writes/341504", null, null, "application/json", console);
        assertEquals(401, write.status());
        assertNull(write.header("WWW-Authenticate"));
    }

    @Test
    public void noDefaultUserAndPasswordsAreStoredHashed() throws Exception {
        Answer karaf = me("karaf", "karaf");
        assertEquals("karaf/karaf must not sign in: " + karaf.body(), 401, karaf.status());
        java.nio.file.Path users = Paths.get(System.getProperty("karaf.etc"), "users.properties");
        for (String line : Files.readAllLines(users, StandardCharsets.ISO_8859_1)) {
            assertFalse("no karaf user: " + line, line.strip().startsWith("karaf"));
        }
        assertEquals(200, me(YEJI, YEJI_PASSWORD).status());
        try {
            await("the password hashed in users.properties", () -> {
                String text = Files.readString(users, StandardCharsets.ISO_8859_1);
                return !text.contains(YEJI_PASSWORD) && text.lines().anyMatch(
                        l -> l.startsWith(YEJI) && bcrypt(l));
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + Files.readString(users, StandardCharsets.ISO_8859_1), e);
        }
        assertEquals("the hash signs in", 200, me(YEJI, YEJI_PASSWORD).status());
    }

    /** Whether a line of users.properties holds a bcrypt hash, as Karaf writes it: hexadecimal between {CRYPT}s. */
    private static boolean bcrypt(String line) {
        int start = line.indexOf("{CRYPT}");
        int end = line.indexOf("{CRYPT}", start + 1);
        if (start < 0 || end < 0) {
            return false;
        }
        String hex = line.substring(start + "{CRYPT}".length(), end);
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return new String(bytes, StandardCharsets.US_ASCII).startsWith("$2a$10$");
    }

    @Test
    public void theJaasCommandsAddAUser() throws Exception {
        String password = "新的口令-叶集-2026";
        // as an administrator of the Karaf console: jaas:update needs the role admin
        Subject console = new Subject();
        console.getPrincipals().add(new UserPrincipal("console-admin"));
        console.getPrincipals().add(new RolePrincipal("admin"));
        String out = Subject.doAs(console, (PrivilegedExceptionAction<String>) () -> executeCommand(
                "jaas:realm-manage --realm karaf --module org.apache.karaf.jaas.modules.properties.PropertiesLoginModule; "
                        + "jaas:user-add yeji-clerk '" + password + "'; jaas:role-add yeji-clerk renshe-office-341504; "
                        + "jaas:update"));
        await("the new user signs in (" + out + ")", () -> me("yeji-clerk", password).status() == 200);
        JsonNode clerk = json(me("yeji-clerk", password));
        assertEquals("[\"renshe-office-341504\"]", clerk.path("roles").toString());
        assertEquals(200, write("341504", basic("yeji-clerk", password)).status());
        String text = Files.readString(Paths.get(System.getProperty("karaf.etc"), "users.properties"),
                StandardCharsets.ISO_8859_1);
        assertTrue("written hashed", text.lines().anyMatch(l -> l.startsWith("yeji-clerk") && bcrypt(l)));
        assertFalse(text.contains(password));
    }

    @Test
    public void wrongPasswordsAreLoggedWithoutThePassword() throws Exception {
        long mark = StoreTestSupport.logSize();
        String wrong = "Wrong-Pa55word-Yeji-XYZ";
        Answer answer = me(YEJI, wrong);
        assertEquals(401, answer.status());
        assertEquals("Basic realm=\"karaf\"", answer.header("WWW-Authenticate"));
        await("the failure logged", () -> StoreTestSupport.logSince(mark).stream()
                .anyMatch(l -> l.contains("Sign-in failed for user 'yeji-office' from ")));
        assertEquals(200, me(YEJI, YEJI_PASSWORD).status());
        for (String line : StoreTestSupport.logSince(mark)) {
            assertFalse("no password in the log: " + line, line.contains(wrong) || line.contains(YEJI_PASSWORD));
        }
    }

    @Test
    public void repeatedFailuresAreSlowedPerUserAndPerAddress() throws Exception {
        // the shipped settings: three free failures, then 1 s, 2 s, 4 s … of refusal
        for (int i = 1; i <= 4; i++) {
            assertEquals("failure " + i, 401, me(THROTTLED, "wrong-" + i).status());
        }
        Answer refused = me(THROTTLED, THROTTLED_PASSWORD);
        assertEquals("refused even with the right password: " + refused.body(), 429, refused.status());
        assertEquals("1", refused.header("Retry-After"));
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(429, json(refused).path("status").asInt());
        Thread.sleep(1_100);
        assertEquals(401, me(THROTTLED, "wrong-5").status());
        Answer longer = me(THROTTLED, THROTTLED_PASSWORD);
        assertEquals(429, longer.status());
        assertEquals("the refusal doubles", "2", longer.header("Retry-After"));
        Thread.sleep(2_100);
        assertEquals("the right password once the refusal is over", 200, me(THROTTLED, THROTTLED_PASSWORD).status());
        assertEquals("and the slate is clean", 401, me(THROTTLED, "wrong-6").status());
        assertEquals(200, me(THROTTLED, THROTTLED_PASSWORD).status());

        // many user names from one address: the address is refused
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, me("nobody-" + i, "guess").status());
        }
        Answer address = me("nobody-5", "guess");
        assertEquals(429, address.status());
        Thread.sleep(1_100);
        assertEquals(200, me(ADMIN, ADMIN_PASSWORD).status());
    }
}
