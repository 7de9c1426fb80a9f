package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;

/** Reads the catalog files of a jurisdiction bundle, installed or as a jar. */
final class BundleFiles {

    /** The manifest header naming the folder of a bundle's catalog files. */
    static final String HEADER = "Renshe-Catalog";

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

    /** The catalog files of an installed bundle, by name, as bytes: the parser decodes them. */
    static Map<String, byte[]> read(Bundle bundle, String header) throws IOException {
        String folder = folder(header);
        Map<String, byte[]> files = new TreeMap<>();
        for (String pattern : List.of("*.yaml", "*.yml")) {
            Enumeration<URL> entries = bundle.findEntries(folder.isEmpty() ? "/" : folder, pattern, false);
            if (entries == null) {
                continue;
            }
            while (entries.hasMoreElements()) {
                URL url = entries.nextElement();
                String path = url.getPath();
                String name = path.substring(path.lastIndexOf('/') + 1);
                try (InputStream in = url.openStream()) {
                    files.put(name, in.readAllBytes());
                }
            }
        }
        return files;
    }

    static JarContent read(InputStream jar) throws IOException {
        try (JarInputStream in = new JarInputStream(jar)) {
            Manifest manifest = in.getManifest();
            if (manifest == null) {
                throw new IOException("no META-INF/MANIFEST.MF at the start of the jar");
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
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix)) {
                    continue;
                }
                // like the extender, only the files directly in the catalog folder
                String rest = name.substring(prefix.length());
                if (!rest.contains("/") && (rest.endsWith(".yaml") || rest.endsWith(".yml"))) {
                    files.put(rest, in.readAllBytes());
                }
            }
            return new JarContent(symbolicName, version, new LinkedHashMap<>(files));
        }
    }
}
