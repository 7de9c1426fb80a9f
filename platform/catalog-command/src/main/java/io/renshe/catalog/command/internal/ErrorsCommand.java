package io.renshe.catalog.command.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;

/** {@code catalog:errors <id>}: why a jurisdiction bundle was rejected, file by file and line by line. */
@Command(scope = "catalog", name = "errors", description = "Shows the errors of a rejected jurisdiction bundle")
@Service
public final class ErrorsCommand implements Action {

    @Argument(index = 0, name = "id", description = "The jurisdiction id (administrative division code)", required = true)
    @Completion(JurisdictionCompleter.class)
    String id;

    @Reference
    private CatalogService catalog;

    @Override
    public Object execute() {
        JurisdictionStatus status = catalog.jurisdiction(id).orElse(null);
        if (status == null) {
            System.err.println("No jurisdiction " + id + " is deployed");
            return null;
        }
        StatusPrinter.print(System.out, status, "");
        return null;
    }
}
