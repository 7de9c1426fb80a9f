package io.renshe.catalog.rest.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Gives the API's requests their client address as a request attribute ({@value #ATTRIBUTE}), which the sign-in
 * filter reads as a property of the JAX-RS request. An HTTP whiteboard filter, so that no JAX-RS extension needs an
 * injected servlet request: the JAX-RS runtime keeps the classes of extensions with injected fields for as long as it
 * lives, which would keep every old revision of this bundle (and the bundles it is wired to) in memory after a refresh.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/api/*")
@HttpWhiteboardFilterName("renshe-client-address")
public final class ClientAddress implements Filter {

    static final String ATTRIBUTE = "io.renshe.client.address";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(ATTRIBUTE, request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
