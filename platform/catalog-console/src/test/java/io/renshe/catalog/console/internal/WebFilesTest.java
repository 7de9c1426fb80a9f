package io.renshe.catalog.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files the console serves, read from the build output as the bundle holds them. */
class WebFilesTest {

    private final WebFiles files = new WebFiles(new BundleEntries());

    @Test
    void theRootIsThePage() {
        WebFiles.WebFile page = files.resolve("/");
        assertNotNull(page);
        assertTrue(page.html());
        assertFalse(page.immutable());
        assertEquals("text/html;charset=UTF-8", page.contentType());
        assertTrue(page.url().getPath().endsWith("web/index.html"));
        assertEquals(page.url(), files.resolve(null).url());
    }

    @Test
    void modulesAreJavaScript() {
        WebFiles.WebFile app = files.resolve("/app.js");
        assertEquals("text/javascript;charset=UTF-8", app.contentType());
        assertFalse(app.html());
        assertEquals("text/css;charset=UTF-8", files.resolve("/css/console.css").contentType());
        assertEquals("image/svg+xml", files.resolve("/icon.svg").contentType());
    }

    @Test
    void webJarsAreServedUnderVendorAndCachedForGood() {
        WebFiles.WebFile vue = files.resolve("/vendor/vue/3.5.13/dist/vue.esm-browser.prod.js");
        assertNotNull(vue, "the build unpacks Vue's ES module build into the bundle");
        assertTrue(vue.immutable());
        assertEquals("text/javascript;charset=UTF-8", vue.contentType());
        assertNotNull(files.resolve("/vendor/echarts/5.3.1/dist/echarts.esm.min.js"));
        assertEquals("text/plain;charset=UTF-8", files.resolve("/vendor/vue/3.5.13/LICENSE").contentType());
        assertEquals("text/plain;charset=UTF-8", files.resolve("/vendor/echarts/5.3.1/NOTICE").contentType());
        assertEquals("text/plain;charset=UTF-8", files.resolve("/vendor/echarts/5.3.1/licenses/LICENSE-d3").contentType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/lib/../app.js", "/.hidden.js", "//app.js", "/web/app.js", "/app.js/",
            "/vendor/../../OSGI-INF/x.xml", "/vendor/vue/3.5.13/package.json/../../../../../x.js", "/C:/app.js",
            "/lib\\api.js", "/missing.js", "/app.exe", "/io/renshe/catalog/console/internal/WebFiles.class",
            "/vendor/vue/3.5.13/dist/vue.cjs.js", "relative.js"})
    void nothingElse(String path) {
        assertNull(files.resolve(path), path);
    }
}
