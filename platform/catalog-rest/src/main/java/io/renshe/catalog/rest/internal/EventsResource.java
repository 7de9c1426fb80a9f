package io.renshe.catalog.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.renshe.catalog.api.event.EventLog;
import io.renshe.catalog.api.event.PlatformEvent;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Parameters;
import io.renshe.catalog.rest.Problem;

/**
 * {@code GET /api/events}: what happened on the platform, newest first — jurisdictions that became active, were
 * rejected (with their errors) or removed. Read through the {@link EventLog} service; 503 while it is absent or
 * cannot read its database.
 */
@Component(service = EventsResource.class)
@ApiResource
@Path("api/events")
public final class EventsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventLog log;

    @GET
    @Produces(ApiResource.JSON_UTF8)
    public List<PlatformEvent> events(@QueryParam("subject") String subject, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        Parameters.allowOnly(uri, "subject", "limit");
        int max = Parameters.wholeNumber("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        if (subject != null && subject.isBlank()) {
            throw Problem.badRequest("subject", "Parameter subject must not be empty: a jurisdiction id such as 341000");
        }
        EventLog events = log;
        if (events == null) {
            throw Problem.unavailable("The event log is not running: see /api/health");
        }
        // a ServiceUnavailableException of the log answers 503 through the problem mapper
        return events.recent(subject, max);
    }
}
