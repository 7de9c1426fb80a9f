package io.renshe.catalog.rest.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/events}: what happened on the platform, newest first — jurisdictions that became active, were
 * rejected (with their errors) or removed. Read from the database; 503 while it is down.
 */
@Component(service = EventsResource.class)
@JaxrsResource
@Path("api/events")
public final class EventsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final Json json = new Json();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(dataSourceName=renshe)")
    private volatile DataSource dataSource;

    record Event(long id, String at, String kind, String subject, String detail) {
    }

    @GET
    @Produces(Json.MEDIA_TYPE)
    public Response events(@QueryParam("subject") String subject, @QueryParam("limit") String limit, @Context UriInfo uri) {
        CatalogResource.allowOnly(uri, "subject", "limit");
        int max = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                max = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > MAX_LIMIT) {
                throw ApiError.badRequest("limit", "Parameter limit must be a whole number from 1 to " + MAX_LIMIT + "; got '" + limit + "'");
            }
        }
        DataSource ds = dataSource;
        if (ds == null) {
            throw ApiError.unavailable("The database is down: see /api/health");
        }
        String sql = "SELECT ID, OCCURRED_AT, KIND, SUBJECT, DETAIL FROM PLATFORM_EVENT"
                + (subject == null ? "" : " WHERE SUBJECT = ?") + " ORDER BY ID DESC FETCH FIRST " + max + " ROWS ONLY";
        List<Event> events = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            if (subject != null) {
                query.setString(1, subject);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getLong(1), rs.getTimestamp(2).toInstant().toString(), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw ApiError.unavailable("The database could not be read: " + e.getMessage());
        }
        return json.ok(events);
    }
}
