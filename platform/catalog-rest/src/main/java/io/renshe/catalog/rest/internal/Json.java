package io.renshe.catalog.rest.internal;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.renshe.catalog.api.EffectiveCatalog;

/**
 * Writes the API's JSON: UTF-8, enums by their keys ({@code district}, {@code bank}), no nulls.
 */
final class Json {

    static final String MEDIA_TYPE = "application/json;charset=UTF-8";
    static final MediaType TYPE = new MediaType("application", "json", "UTF-8");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(EffectiveCatalog.Sourced.class, SourcedMixin.class);

    /** An inherited element reads as the element itself, with its provenance beside its own fields. */
    abstract static class SourcedMixin {
        @JsonUnwrapped
        abstract Object value();
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON of " + value.getClass().getName(), e);
        }
    }

    Response ok(Object value) {
        return respond(Response.Status.OK.getStatusCode(), value);
    }

    Response respond(int status, Object value) {
        return Response.status(status).type(TYPE).entity(write(value)).build();
    }
}
