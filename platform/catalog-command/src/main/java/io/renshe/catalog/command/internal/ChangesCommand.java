package io.renshe.catalog.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.OverlayService;

/** {@code catalog:changes <id>}: the history of a jurisdiction's overlay, newest first. */
@Command(scope = "catalog", name = "changes", description = "Lists the changes local offices made to a jurisdiction, "
        + "newest first: who, when, what and why")
@Service
public final class ChangesCommand implements Action {

    @Argument(index = 0, name = "id", description = "The jurisdiction id (administrative division code)", required = true)
    @Completion(JurisdictionCompleter.class)
    String id;

    @Option(name = "-n", aliases = "--limit", description = "How many changes (1 to 500)")
    int limit = 20;

    @Option(name = "--before", description = "Only changes older than this change id")
    Long before;

    @Reference
    private OverlayService overlays;

    @Override
    public Object execute() {
        List<Change> changes = overlays.changes(id, before, Math.max(1, Math.min(OverlayService.MAX_CHANGES, limit)));
        if (changes.isEmpty()) {
            System.out.println("No change of " + id + (before == null ? "" : " before change " + before));
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("At");
        table.column("By");
        table.column("Action");
        table.column("List");
        table.column("Target");
        table.column("Reverts");
        table.column("Orphaned");
        // last: Chinese characters are two columns wide on a terminal, which the table does not count
        table.column("Reason");
        for (Change c : changes) {
            table.addRow().addContent(c.id(), c.at().toString(), c.by(), c.action().key(), ListCommand.text(c.list()),
                    c.target() + (c.field() == null ? "" : " " + c.field()),
                    c.reverts() == null ? "" : c.reverts().toString(), c.orphaned() ? "yes" : "", c.reason());
        }
        table.print(System.out);
        return null;
    }
}
