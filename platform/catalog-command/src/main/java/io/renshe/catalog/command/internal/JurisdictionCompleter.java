package io.renshe.catalog.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;

/** Completes the ids of the deployed jurisdictions. */
@Service
public final class JurisdictionCompleter implements Completer {

    @Reference
    private CatalogService catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        for (JurisdictionStatus status : catalog.jurisdictions()) {
            ids.getStrings().add(status.id());
        }
        return ids.complete(session, commandLine, candidates);
    }
}
