package io.renshe.catalog.command.internal;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.ChangeOutcome;
import io.renshe.catalog.api.overlay.OverlayException;
import io.renshe.catalog.api.overlay.OverlayService;

/**
 * {@code catalog:revert --reason … <id> <changeId>}: undoes one change of a jurisdiction's overlay, as a change of its
 * own made by the console's user. It is made on the list as it is now (the console shows no stale version).
 */
@Command(scope = "catalog", name = "revert", description = "Reverts one change of a jurisdiction's overlay; the revert "
        + "is itself a change")
@Service
public final class RevertCommand implements Action {

    @Argument(index = 0, name = "id", description = "The jurisdiction id", required = true)
    @Completion(JurisdictionCompleter.class)
    String id;

    @Argument(index = 1, name = "changeId", description = "The change to revert (see catalog:changes)", required = true)
    @Completion(ChangeCompleter.class)
    long change;

    @Option(name = "-r", aliases = "--reason", description = "Why the change is reverted", required = true)
    String reason;

    @Reference
    private OverlayService overlays;

    @Reference
    private Session session;

    @Override
    public Object execute() {
        Change reverted = overlays.change(id, change).orElse(null);
        if (reverted == null) {
            System.err.println("Jurisdiction " + id + " has no change " + change);
            return null;
        }
        String version = reverted.list() == null ? null : overlays.version(id, reverted.list()).orElse(null);
        try {
            ChangeOutcome outcome = overlays.revert(id, change, version, user(), reason);
            for (Change c : outcome.changes()) {
                System.out.println("Change " + c.id() + " " + c.action().key() + " " + ListCommand.text(c.list()) + " "
                        + c.target() + " reverts change " + c.reverts() + " (by " + c.by() + ")");
            }
        } catch (OverlayException e) {
            System.err.println("Change " + change + " of " + id + " is not reverted: " + e.getMessage());
        }
        return null;
    }

    /** The console's user: the JAAS user of the session (SSH, or a local console signed in), else the session's. */
    private String user() {
        @SuppressWarnings("removal")
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals(UserPrincipal.class)) {
                return principal.getName();
            }
        }
        Object user = session == null ? null : session.get("USER");
        return user == null ? "karaf-console" : user.toString();
    }
}
