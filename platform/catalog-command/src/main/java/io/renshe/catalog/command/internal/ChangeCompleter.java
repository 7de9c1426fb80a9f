package io.renshe.catalog.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.OverlayService;

/** Completes the ids of the latest changes of the jurisdiction named before them on the command line. */
@Service
public final class ChangeCompleter implements Completer {

    @Reference
    private OverlayService overlays;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String[] arguments = commandLine.getArguments();
        StringsCompleter ids = new StringsCompleter();
        if (arguments.length > 1) {
            try {
                for (Change change : overlays.changes(arguments[1], null, 50)) {
                    ids.getStrings().add(Long.toString(change.id()));
                }
            } catch (RuntimeException databaseDown) {
                // nothing to offer
            }
        }
        return ids.complete(session, commandLine, candidates);
    }
}
