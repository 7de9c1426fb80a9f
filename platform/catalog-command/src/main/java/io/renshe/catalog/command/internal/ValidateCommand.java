package io.renshe.catalog.command.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.api.action.Completion;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;

/** {@code catalog:validate <jar>}: checks a jurisdiction bundle against the platform as it is now, deploying nothing. */
@Command(scope = "catalog", name = "validate", description = "Validates a jurisdiction bundle without deploying it")
@Service
public final class ValidateCommand implements Action {

    @Argument(index = 0, name = "bundle", description = "A jar file, or a URL such as mvn:io.renshe/huangshan/0.1.0", required = true)
    @Completion(FileCompleter.class)
    String location;

    @Reference
    private CatalogService catalog;

    @Override
    public Object execute() throws IOException {
        JurisdictionStatus status;
        try (InputStream in = open(location)) {
            status = catalog.validate(in);
        }
        StatusPrinter.print(System.out, status, "would be ");
        return null;
    }

    private static InputStream open(String location) throws IOException {
        Path file = Paths.get(location);
        if (!location.contains(":") || Files.exists(file)) {
            return Files.newInputStream(file);
        }
        URL url = URI.create(location).toURL();
        return url.openStream();
    }
}
