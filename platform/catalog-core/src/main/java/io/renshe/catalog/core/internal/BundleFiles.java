package io.renshe.catalog.core.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;

import io.renshe.catalog.api.limits.InputLimits;
import io.renshe.catalog.api.limits.LimitExceededException;
import io.renshe.catalog.api.limits.UploadLimits;
import io.renshe.catalog.api.limits.YamlLimits;
import io.renshe.catalog.api.limits.ZipGuard;

/**
 * Reads the catalog files of a jurisdiction bundle, installed or as a jar, within the {@link InputLimits}: a jar is
 * read through a {@link ZipGuard} (entries, inflated sizes, compression ratio), a catalog file no further than
 * {@code yaml.maxDocumentBytes}. Past a limit it throws {@link LimitExceededException}, naming the limit.
 */
final class BundleFiles {

    /** The manifest header naming the folder of a bundle's catalog files. */
    static final String HEADER = "Renshe-Catalog";
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private BundleFiles() {
    }

    /** What a jar holds: its name, version and catalog files. */
    record JarContent(String symbolicName, String version, Map<String, byte[]> files) {
    }

    static String folder(String header) {
        String folder = header.strip();
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        while (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        return folder;
    }

    /**
     * The catalog files of an installed bundle, by name, as bytes: the parser decodes them. A bundle installed from a
     * jar file (a jar in {@code deploy/}) is first checked against the jar limits from its central directory.
     */
    static Map<String, byte[]> read(Bundle bundle, String header, InputLimits limits) throws IOException {
        UploadLimits jar = limits.jar();
        YamlLimits yaml = limits.yaml();
        Path file = jarFile(bundle.getLocation());
        if (file != null) {
            jar.inspect(file);
        }
        String folder = folder(header);
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        for (String pattern : List.of("*.yaml", "*.yml")) {
            Enumeration<URL> entries = bundle.findEntries(folder.isEmpty() ? "/" : folder, pattern, false);
            if (entries == null) {
                continue;
            }
            while (entries.hasMoreElements()) {
                URL url = entries.nextElement();
                String path = url.getPath();
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (files.size() >= jar.maxEntries()) {
                    throw new LimitExceededException("jar.maxEntries", jar.maxEntries(), LimitExceededException.TOO_LARGE,
                            "The bundle has more than " + jar.maxEntries() + " catalog files (limit jar.maxEntries = "
                                    + jar.maxEntries() + " in " + InputLimits.FILE + ")");
                }
                byte[] bytes;
                try (InputStream in = url.openStream()) {
                    bytes = in.readNBytes(yaml.maxDocumentBytes() + 1);
                }
                if (bytes.length > yaml.maxDocumentBytes()) {
                    throw fileTooLarge(folder.isEmpty() ? name : folder + "/" + name, yaml);
                }
                total += bytes.length;
                if (total > jar.maxInflatedBytes()) {
                    throw new LimitExceededException("jar.maxInflatedBytes", jar.maxInflatedBytes(),
                            LimitExceededException.TOO_LARGE, "The bundle's catalog files hold more than "
                                    + jar.maxInflatedBytes() + " bytes (limit jar.maxInflatedBytes = "
                                    + jar.maxInflatedBytes() + " in " + InputLimits.FILE + ")");
                }
                files.put(name, bytes);
            }
        }
        return files;
    }

    /** The jar file a bundle was installed from, when its location names one ({@code file:…/deploy/x.jar}). */
    static Path jarFile(String location) {
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try {
            Path path = Paths.get(URI.create(location.replace(" ", "%20")));
            return Files.isRegularFile(path) ? path : null;
        } catch (RuntimeException notAFile) {
            return null;
        }
    }

    /** Reads a bundle jar within the jar and YAML limits. */
    static JarContent read(InputStream jar, InputLimits limits) throws IOException {
        YamlLimits yaml = limits.yaml();
        Manifest manifest = null;
        Map<String, byte[]> yamlFiles = new TreeMap<>();
        try (ZipGuard zip = limits.jar().zip(jar)) {
            for (ZipGuard.Entry entry = zip.next(); entry != null; entry = zip.next()) {
                String name = entry.name();
                if (entry.directory()) {
                    continue;
                }
                if (MANIFEST.equalsIgnoreCase(name) && manifest == null) {
                    manifest = new Manifest(new ByteArrayInputStream(zip.read()));
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    yamlFiles.put(name, zip.read(yaml.maxDocumentBytes(), fileTooLarge(name, yaml)));
                }
            }
        } catch (EOFException e) {
            throw new IOException("the jar is cut short: it ends inside an entry", e);
        } catch (IOException e) {
            throw e.getMessage() == null ? new IOException("the jar cannot be read (" + e.getClass().getSimpleName() + ")", e) : e;
        }
        if (manifest == null) {
            throw new IOException("no META-INF/MANIFEST.MF in the jar");
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = main.getValue("Bundle-SymbolicName");
        if (symbolicName == null) {
            throw new IOException("the manifest has no Bundle-SymbolicName: not an OSGi bundle");
        }
        symbolicName = symbolicName.split(";")[0].strip();
        String version = main.getValue("Bundle-Version") == null ? "0.0.0" : main.getValue("Bundle-Version").strip();
        String header = main.getValue(HEADER);
        if (header == null) {
            throw new IOException("the manifest has no " + HEADER + " header: not a jurisdiction bundle");
        }
        String prefix = folder(header).isEmpty() ? "" : folder(header) + "/";
        Map<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : yamlFiles.entrySet()) {
            String name = file.getKey();
            // like the extender, only the files directly in the catalog folder
            if (name.startsWith(prefix) && !name.substring(prefix.length()).contains("/")) {
                files.put(name.substring(prefix.length()), file.getValue());
            }
        }
        return new JarContent(symbolicName, version, new LinkedHashMap<>(files));
    }

    private static LimitExceededException fileTooLarge(String file, YamlLimits yaml) {
        LimitExceededException limit = CatalogParser.tooLarge(yaml);
        return new LimitExceededException(limit.limit(), limit.value(), limit.status(), file + ": " + limit.getMessage());
    }
}
