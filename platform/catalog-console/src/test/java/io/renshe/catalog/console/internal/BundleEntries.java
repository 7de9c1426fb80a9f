package io.renshe.catalog.console.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** The entries of the bundle as the build lays them out in target/classes (not the test class path's jars). */
final class BundleEntries implements Function<String, URL> {

    static final Path ROOT = Path.of("target/classes");

    @Override
    public URL apply(String entry) {
        Path file = ROOT.resolve(entry);
        try {
            return Files.isRegularFile(file) ? file.toUri().toURL() : null;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
