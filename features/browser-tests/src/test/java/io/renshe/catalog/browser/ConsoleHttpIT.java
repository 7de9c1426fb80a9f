package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's HTTP edges: the root redirects to it, its files carry their types and headers, the API is unchanged. */
@ExtendWith(PlatformExtension.class)
class ConsoleHttpIT {

    @Test
    void theRootRedirectsToTheConsole(Platform platform) throws Exception {
        HttpResponse<String> root = platform.get("/");
        assertEquals(303, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/console/"), root.headers().toString());
        HttpResponse<String> bare = platform.get("/console");
        assertEquals(301, bare.statusCode());
        assertEquals("/console/", bare.headers().firstValue("Location").orElse(""));
    }

    @Test
    void thePageIsServedWithItsSecurityHeaders(Platform platform) throws Exception {
        HttpResponse<String> page = platform.get("/console/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").toLowerCase());
        assertTrue(page.body().contains("<html lang=\"zh-CN\">"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, platform.get("/console/", "If-None-Match", etag).statusCode());
    }

    @Test
    void modulesAndWebJarsAreServedFromTheBundle(Platform platform) throws Exception {
        HttpResponse<String> app = platform.get("/console/app.js");
        assertEquals(200, app.statusCode());
        assertTrue(app.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        HttpResponse<String> vue = platform.get("/console/vendor/vue/3.5.13/dist/vue.esm-browser.prod.js");
        assertEquals(200, vue.statusCode());
        assertEquals("public, max-age=31536000, immutable", vue.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(200, platform.get("/console/vendor/echarts/5.3.1/dist/echarts.esm.min.js").statusCode());
        assertEquals(404, platform.get("/console/nothing.js").statusCode());
        assertEquals(404, platform.get("/console/OSGI-INF/io.renshe.catalog.console.internal.ConsoleServlet.xml").statusCode());
    }

    @Test
    void theApiKeepsItsAnswers(Platform platform) throws Exception {
        assertEquals(200, platform.get("/api/health").statusCode());
        HttpResponse<String> unknown = platform.get("/api/nothing");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").contains("json"), unknown.headers().toString());
        assertEquals(404, platform.get("/nothing").statusCode());
    }
}
