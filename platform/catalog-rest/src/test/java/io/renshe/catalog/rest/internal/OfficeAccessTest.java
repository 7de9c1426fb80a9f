package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.rest.Problem;

/** Who may write what: an office its jurisdiction and the descendants, the administrator everything, anonymous nothing. */
class OfficeAccessTest {

    private final OfficeAccess access = new OfficeAccess(new Tree());

    private static SignedIn user(String name, String... roles) {
        return new SignedIn(name, Set.of(roles), false);
    }

    /** The request of someone not signed in, as the runtime gives it. */
    private static final SecurityContext ANONYMOUS = new SecurityContext() {
        @Override
        public java.security.Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    };

    @Test
    void anOfficeWritesItsJurisdictionAndItsDescendantsOnly() {
        SignedIn luan = user("luan", "renshe-office-341500");
        assertTrue(access.mayWrite(luan, "341500"));
        assertTrue(access.mayWrite(luan, "341504"), "叶集区 is below 六安市");
        assertTrue(access.mayWrite(luan, "341599"), "a rejected child: its bundle still names its parent");
        assertFalse(access.mayWrite(luan, "341000"), "黄山市 is a sibling");
        assertFalse(access.mayWrite(luan, "340000"), "not upwards");
        SignedIn yeji = user("yeji", "renshe-office-341504");
        assertTrue(access.mayWrite(yeji, "341504"));
        assertFalse(access.mayWrite(yeji, "341500"));
        assertFalse(access.mayWrite(yeji, "990000"), "an unknown jurisdiction");
        assertTrue(access.mayWrite(user("anhui", "renshe-office-340000"), "341504"), "the province, two levels up");
        assertEquals("yeji", access.requireWrite(yeji, "341504").getName());
    }

    @Test
    void aWriteOutsideTheJurisdictionIs403NamingTheRolesThatWouldAllowIt() {
        Problem problem = assertThrows(Problem.class, () -> access.requireWrite(user("yeji", "renshe-office-341504"),
                "341000"));
        assertEquals(403, problem.status());
        assertEquals("User yeji may not change jurisdiction 341000: that needs one of the roles renshe-admin, "
                + "renshe-office-341000, renshe-office-340000", problem.body().detail());
        assertEquals(Map.of(), problem.headers());
    }

    @Test
    void theAdministratorWritesEverythingAndOnlyItValidates() {
        SignedIn admin = user("admin", "renshe-admin");
        for (String id : List.of("340000", "341000", "341504", "341599", "990000")) {
            assertTrue(access.mayWrite(admin, id), id);
        }
        assertEquals("admin", access.requireAdmin(admin).getName());
        Problem office = assertThrows(Problem.class, () -> access.requireAdmin(user("luan", "renshe-office-341500")));
        assertEquals(403, office.status());
        assertEquals("Only an administrator (role renshe-admin) may do this; user luan has not that role",
                office.body().detail());
        assertEquals(List.of("340000", "341000", "341500", "341504", "341599"), access.writable(admin));
        assertEquals(List.of("341500", "341504", "341599"), access.writable(user("luan", "renshe-office-341500")));
    }

    @Test
    void anonymousMayWriteNothingAndIsAskedToSignIn() {
        for (SecurityContext nobody : new SecurityContext[] {ANONYMOUS, null}) {
            assertFalse(access.mayWrite(nobody, "341504"));
            for (Problem problem : List.of(assertThrows(Problem.class, () -> access.requireUser(nobody)),
                    assertThrows(Problem.class, () -> access.requireAdmin(nobody)),
                    assertThrows(Problem.class, () -> access.requireWrite(nobody, "341504")))) {
                assertEquals(401, problem.status());
                assertEquals(Map.of("WWW-Authenticate", "Basic realm=\"karaf\""), problem.headers());
            }
        }
        assertEquals(List.of(), access.writable(ANONYMOUS));
        assertFalse(access.mayWrite(user("nobody"), "341504"), "a user without a role of the platform");
    }

    @Test
    void theLineageComesFromTheEffectiveCatalogOrTheDeclaredParents() {
        assertEquals(List.of("341504", "341500", "340000"), access.lineage("341504"));
        assertEquals(List.of("341599", "341500", "340000"), access.lineage("341599"));
        assertEquals(List.of("990000"), access.lineage("990000"));
    }
}
