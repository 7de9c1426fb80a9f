package io.renshe.catalog.console.internal;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps a path under {@code /console} to a file of the bundle: the console's own files under {@code web/}, and the
 * WebJars' files (Vue, ECharts) under {@code /vendor/}, read from {@code META-INF/resources/webjars/} where the build
 * unpacked them. Only known file types are served, and no path can leave those two folders.
 */
final class WebFiles {

    static final String INDEX = "/index.html";
    static final String VENDOR = "/vendor/";

    /** A file to serve. {@code immutable} when its address names its version (the WebJars' files). */
    record WebFile(URL url, String contentType, boolean immutable, boolean html) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json;charset=UTF-8",
            "txt", "text/plain;charset=UTF-8");

    private final Function<String, URL> entries;

    /** @param entries finds a bundle entry by its path (no leading slash), or {@code null} */
    WebFiles(Function<String, URL> entries) {
        this.entries = entries;
    }

    /**
     * The file for a request path (the servlet's path info: {@code /app.js}, {@code /vendor/vue/3.5.13/dist/…}), or
     * {@code null} when there is none or the path is not one this console serves.
     */
    WebFile resolve(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            path = INDEX;
        }
        if (!safe(path)) {
            return null;
        }
        String type = type(path);
        if (type == null) {
            return null;
        }
        boolean vendor = path.startsWith(VENDOR);
        String entry = vendor ? "META-INF/resources/webjars/" + path.substring(VENDOR.length()) : "web" + path;
        URL url = entries.apply(entry);
        return url == null ? null : new WebFile(url, type, vendor, type.startsWith("text/html"));
    }

    private static boolean safe(String path) {
        if (!path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf(':') >= 0) {
            return false;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String type(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith("LICENSE") || name.equals("NOTICE")) {
            return TYPES.get("txt");
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
