package io.renshe.catalog.application.rest.internal;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.application.ApplicationService;
import io.renshe.catalog.application.FollowUp;
import io.renshe.catalog.application.Grouping;
import io.renshe.catalog.application.Statistics;
import io.renshe.catalog.application.TaskQuery;
import io.renshe.catalog.rest.Access;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;

/**
 * What an office reads of its applications: {@code GET /api/statistics} and {@code GET /api/follow-ups} (poor ratings
 * to follow up), for the offices of the jurisdiction, of its ancestors and the administrator.
 */
@Component(service = OfficeResources.class)
@ApiResource
@Path("api")
@Produces(ApiResource.JSON_UTF8)
public final class OfficeResources {

    /** The longest period of one statistics request. */
    static final int MAX_DAYS = 3 * 366;

    private final ApplicationService applications;
    private final Access access;

    @Activate
    public OfficeResources(@Reference ApplicationService applications, @Reference Access access) {
        this.applications = applications;
        this.access = access;
    }

    @GET
    @Path("statistics")
    public Statistics statistics(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("by") String by, @Context SecurityContext user,
            @Context UriInfo uri) {
        Parameters.allowOnly(uri, "jurisdiction", "from", "to", "by");
        String id = Parameters.jurisdiction("jurisdiction", jurisdiction);
        LocalDate first = Parameters.date("from", from, null);
        LocalDate last = Parameters.date("to", to, null);
        if (last.isBefore(first)) {
            throw Problem.badRequest("to", "to (" + last + ") is before from (" + first + ")");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw Problem.badRequest("to", "A period of at most " + MAX_DAYS + " days");
        }
        Grouping grouping = by == null ? Grouping.UNIT : Parameters.key("by", by, Grouping.class);
        access.requireWrite(user, id);
        return applications.statistics(id, first, last, grouping);
    }

    @GET
    @Path("follow-ups")
    public List<FollowUp> followUps(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("unit") String unit,
            @QueryParam("limit") String limit, @Context SecurityContext user, @Context UriInfo uri) {
        Parameters.allowOnly(uri, "jurisdiction", "unit", "limit");
        String id = Parameters.jurisdiction("jurisdiction", jurisdiction);
        if (unit != null && unit.isBlank()) {
            throw Problem.badRequest("unit", "Parameter unit must not be empty: a unit's name, or "
                    + TaskQuery.FRONT_DESK);
        }
        int max = Parameters.limit(limit, 50, 1000);
        access.requireWrite(user, id);
        return applications.followUps(id, unit, max);
    }
}
