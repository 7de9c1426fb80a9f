package io.renshe.catalog.command.internal;

import java.io.IOException;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import io.renshe.catalog.store.DatabaseMaintenance;

/**
 * {@code catalog:backup <folder>}: an online backup of the embedded Derby database into a new folder
 * {@code renshe-<yyyyMMdd-HHmmss>} below the folder. The platform keeps serving meanwhile.
 */
@Command(scope = "catalog", name = "backup", description = "Backs the embedded Derby database up while the platform runs")
@Service
public final class BackupCommand implements Action {

    @Argument(index = 0, name = "folder", description = "The folder below which the backup is a new folder renshe-<date-time>",
            required = true)
    @Completion(FileCompleter.class)
    String folder;

    @Reference
    private DatabaseMaintenance maintenance;

    @Override
    public Object execute() throws IOException {
        DatabaseMaintenance.Backup backup = maintenance.backup(Paths.get(folder));
        System.out.println("Backup written: " + backup.folder());
        System.out.println("  " + Sizes.bytes(backup.bytes()) + ", schema " + backup.schema() + ", at " + backup.at());
        System.out.println("  restore it with: catalog:restore " + backup.folder());
        return null;
    }
}
