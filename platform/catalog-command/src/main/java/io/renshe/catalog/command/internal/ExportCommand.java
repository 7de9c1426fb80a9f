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

/** {@code catalog:export <file>}: every table of every migration track into a file, to import elsewhere. */
@Command(scope = "catalog", name = "export", description = "Exports every table of the platform database into a file")
@Service
public final class ExportCommand implements Action {

    @Argument(index = 0, name = "file", description = "The file to write (gzip-compressed JSON lines)", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Reference
    private DatabaseMaintenance maintenance;

    @Override
    public Object execute() throws IOException {
        Sizes.print(maintenance.exportTo(Paths.get(file)), "Exported to ");
        return null;
    }
}
