package io.renshe.catalog.command.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;

/** {@code catalog:list}: the deployed jurisdiction bundles, their versions and whether they serve. */
@Command(scope = "catalog", name = "list", description = "Lists the deployed jurisdiction bundles with their status")
@Service
public final class ListCommand implements Action {

    @Reference
    private CatalogService catalog;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Level");
        table.column("Parent");
        table.column("Bundle");
        table.column("Version");
        table.column("Status");
        table.column("Errors").alignRight();
        // last: Chinese characters are two columns wide on a terminal, which the table does not count
        table.column("Name");
        for (JurisdictionStatus j : catalog.jurisdictions()) {
            table.addRow().addContent(j.id(), j.level() == null ? "" : j.level().key(), text(j.parent()),
                    j.bundle(), j.version(), j.status(), j.errors().size(), text(j.name()));
        }
        table.print(System.out);
        return null;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
