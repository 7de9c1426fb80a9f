package io.renshe.catalog.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the web console at {@code /console/} from this bundle, in the HTTP whiteboard's default context (where the
 * JAX-RS whiteboard's {@code /*} servlet also lives: {@code /console/*} is the longer match). {@code /console}
 * redirects to {@code /console/}; the root {@code /} is redirected by {@link RootResource}.
 * <p>
 * The console's own files are revalidated on every load (an ETag naming the bundle's version and install time, so a
 * bundle update is seen at once); the WebJars' files carry their version in their address and are cached for a year.
 * Every answer forbids content sniffing and framing; the page's Content-Security-Policy allows scripts from this
 * origin only, with {@code 'unsafe-eval'} because Vue compiles the screens' templates in the browser (no build step).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(ConsoleServlet.PATTERN)
@HttpWhiteboardServletName("renshe-console")
public final class ConsoleServlet extends HttpServlet {

    static final String PATTERN = "/console/*";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final long serialVersionUID = 1L;

    private final transient WebFiles files;
    private final String etag;

    @Activate
    public ConsoleServlet(BundleContext context) {
        Bundle bundle = context.getBundle();
        this.files = new WebFiles(bundle::getEntry);
        this.etag = "\"" + bundle.getVersion() + "-" + Long.toString(bundle.getLastModified(), 36) + "\"";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/console/");
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        WebFiles.WebFile file = files.resolve(path);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (file.html()) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        }
        if (file.immutable()) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        } else {
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("ETag", etag);
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentType(file.contentType());
        try (InputStream in = file.url().openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
