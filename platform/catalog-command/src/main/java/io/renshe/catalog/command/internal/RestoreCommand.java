package io.renshe.catalog.command.internal;

import java.io.IOException;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import io.renshe.catalog.store.DatabaseMaintenance;

/**
 * {@code catalog:restore --yes <backup>}: replaces the embedded Derby database by a backup; the database is down for
 * the moments it takes and the replaced one is kept beside it.
 */
@Command(scope = "catalog", name = "restore", description = "Replaces the embedded Derby database by a backup (the replaced one is kept)")
@Service
public final class RestoreCommand implements Action {

    @Argument(index = 0, name = "backup", description = "The folder of a backup (renshe-<date-time>)", required = true)
    @Completion(FileCompleter.class)
    String backup;

    @Option(name = "--yes", description = "Confirms that what was written since the backup is to be replaced")
    boolean yes;

    @Reference
    private DatabaseMaintenance maintenance;

    @Override
    public Object execute() throws IOException {
        if (!yes) {
            System.out.println("A restore replaces the database by the backup: what was written since it is no longer served "
                    + "(the replaced database is kept beside it). Run again with --yes to restore " + backup + ".");
            return null;
        }
        DatabaseMaintenance.Restored restored = maintenance.restore(Paths.get(backup));
        System.out.println("Database restored from " + restored.from() + ", schema " + restored.schema());
        if (restored.previous() != null) {
            System.out.println("  the replaced database is kept in " + restored.previous());
        }
        return null;
    }
}
