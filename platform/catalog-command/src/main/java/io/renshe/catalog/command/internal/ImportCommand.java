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
 * {@code catalog:import [--replace] <file>}: reads an export into the platform database, all of it or nothing; the
 * tables must be empty unless {@code --replace} deletes what they hold.
 */
@Command(scope = "catalog", name = "import", description = "Imports an export into the platform database, all or nothing")
@Service
public final class ImportCommand implements Action {

    @Argument(index = 0, name = "file", description = "An export written by catalog:export", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--replace", description = "Deletes the rows of the export's tables first")
    boolean replace;

    @Reference
    private DatabaseMaintenance maintenance;

    @Override
    public Object execute() throws IOException {
        Sizes.print(maintenance.importFrom(Paths.get(file), replace), "Imported from ");
        return null;
    }
}
