package io.renshe.catalog.rest.internal;

import javax.ws.rs.ext.ContextResolver;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.renshe.catalog.rest.ApiResource;

/**
 * The API's one Jackson configuration, as a whiteboard extension of the default application: the whiteboard's
 * Jackson provider (Aries {@code org.apache.aries.jax.rs.jackson}, Jackson's {@code JacksonJsonProvider}) asks the
 * application's {@code ContextResolver} for its mapper, so every resource of every bundle writes its answers with it.
 */
@Component(service = ContextResolver.class)
@JaxrsExtension
@JaxrsName(ApiResource.JSON)
public final class JsonContext implements ContextResolver<ObjectMapper> {

    // a JsonMapper: the provider first asks for a JsonMapper, and a resolver of ObjectMapper is asked for that too
    private final JsonMapper mapper = JsonConvention.mapper();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
