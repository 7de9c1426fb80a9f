package io.renshe.catalog.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Parameters;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 description of the API as the JAX-RS whiteboard serves it now. The
 * resources are those of the whiteboard's runtime ({@link JaxrsServiceRuntime}); each one's class is read by
 * reflection from the bundle that registered it, and described by that bundle's {@value OpenApiDocument#DESCRIPTIONS}.
 * An endpoint that a bundle adds or removes is in or out of the document by construction.
 */
@Component(service = OpenApiResource.class)
@ApiResource
@Path("api/openapi.json")
@Produces(ApiResource.JSON_UTF8)
public final class OpenApiResource {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);

    private final BundleContext context;
    private final JaxrsServiceRuntime runtime;
    private final ObjectMapper reader = new ObjectMapper();
    private final String version;
    private volatile Written written;

    @Activate
    public OpenApiResource(BundleContext context, @Reference JaxrsServiceRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
        String header = context.getBundle().getHeaders().get("Renshe-Platform-Version");
        this.version = header != null ? header : context.getBundle().getVersion().toString();
    }

    @GET
    public JsonNode document(@Context UriInfo uri) {
        Parameters.allowOnly(uri);
        RuntimeDTO dto = runtime.getRuntimeDTO();
        List<ApplicationDTO> applications = new ArrayList<>();
        applications.add(dto.defaultApplication);
        if (dto.applicationDTOs != null) {
            applications.addAll(List.of(dto.applicationDTOs));
        }
        // the resources served now: a service registered again (its bundle updated or restarted) has a new id
        StringBuilder key = new StringBuilder();
        for (ApplicationDTO application : applications) {
            if (application != null && application.resourceDTOs != null) {
                key.append(application.base).append(':');
                for (ResourceDTO resource : application.resourceDTOs) {
                    key.append(resource.serviceId).append(',');
                }
                key.append(';');
            }
        }
        Written last = written;
        if (last != null && last.key().contentEquals(key)) {
            return last.document();
        }
        List<OpenApiDocument.Served> served = new ArrayList<>();
        // a bundle's descriptions read once, however many of its resources are served
        Map<Bundle, JsonNode> descriptions = new HashMap<>();
        for (ApplicationDTO application : applications) {
            if (application == null || application.resourceDTOs == null) {
                continue;
            }
            String base = application.base == null ? "" : application.base;
            for (ResourceDTO resource : application.resourceDTOs) {
                OpenApiDocument.Served one = served(base, resource.serviceId, descriptions);
                if (one != null) {
                    served.add(one);
                }
            }
        }
        JsonNode document = OpenApiDocument.build(version, served);
        written = new Written(key.toString(), document);
        return document;
    }

    /** The document last written, for the resources it was written from: no class of another bundle is kept. */
    private record Written(String key, JsonNode document) {
    }

    /** The resource class of a whiteboard service, read from its bundle; {@code null} once it is gone. */
    private OpenApiDocument.Served served(String base, long serviceId, Map<Bundle, JsonNode> descriptions) {
        ServiceReference<?>[] references;
        try {
            references = context.getAllServiceReferences(null, "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (references == null) {
            return null;
        }
        Bundle bundle = references[0].getBundle();
        if (bundle == null) {
            return null;
        }
        for (String name : (String[]) references[0].getProperty(Constants.OBJECTCLASS)) {
            try {
                Class<?> type = bundle.loadClass(name);
                if (type.isAnnotationPresent(Path.class)) {
                    return new OpenApiDocument.Served(base, type,
                            descriptions.computeIfAbsent(bundle, this::descriptions));
                }
            } catch (ClassNotFoundException | IllegalStateException e) {
                LOG.debug("Resource class {} of bundle {} cannot be read", name, bundle.getSymbolicName(), e);
            }
        }
        return null;
    }

    private JsonNode descriptions(Bundle bundle) {
        URL entry = bundle.getEntry(OpenApiDocument.DESCRIPTIONS);
        if (entry == null) {
            return reader.createObjectNode();
        }
        try (InputStream in = entry.openStream()) {
            return reader.readTree(in);
        } catch (IOException e) {
            LOG.warn("The API descriptions {} of bundle {} cannot be read: {}", OpenApiDocument.DESCRIPTIONS,
                    bundle.getSymbolicName(), e.toString());
            return reader.createObjectNode();
        }
    }
}
