package io.renshe.catalog.calendar.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.renshe.catalog.api.time.CalendarService;
import io.renshe.catalog.api.time.CalendarStatus;
import io.renshe.catalog.api.time.DayStatus;
import io.renshe.catalog.api.time.DueDate;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.TimeLimitParser;
import io.renshe.catalog.api.time.WorkingDayCount;
import io.renshe.catalog.api.time.YearCalendar;

/**
 * The calendar over HTTP, under {@code /api/calendar}:
 * <ul>
 * <li>{@code GET /api/calendar}: the covered years, the holiday files read and the rejected data;</li>
 * <li>{@code GET /api/calendar/{jurisdictionId}/due?limit={text}&from={yyyy-MM-dd}}: the due date of a time limit;</li>
 * <li>{@code GET /api/calendar/{jurisdictionId}/working-days?from={yyyy-MM-dd}&to={yyyy-MM-dd}}: working days between;</li>
 * <li>{@code GET /api/calendar/{jurisdictionId}/days/{yyyy-MM-dd}}: whether a date is a working day, and why;</li>
 * <li>{@code GET /api/calendar/{jurisdictionId}/{year}}: the year's holidays and adjusted working days.</li>
 * </ul>
 * Bad input is answered 400 with a JSON body naming the parameter.
 */
@Component(service = CalendarResource.class)
@JaxrsResource
@JSONRequired
@JaxrsExtensionSelect("(osgi.jaxrs.name=" + CalendarErrorMapper.NAME + ")")
@Path("api/calendar")
@Produces(CalendarResource.JSON)
public final class CalendarResource {

    static final String JSON = "application/json;charset=UTF-8";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final CalendarService calendar;
    private final TimeLimitParser limits;

    @Activate
    public CalendarResource(@Reference CalendarService calendar, @Reference TimeLimitParser limits) {
        this.calendar = calendar;
        this.limits = limits;
    }

    @GET
    public CalendarStatus status() {
        return calendar.status();
    }

    @GET
    @Path("{jurisdictionId}/due")
    public DueDate due(@PathParam("jurisdictionId") String jurisdictionId, @QueryParam("limit") String limit,
            @QueryParam("from") String from) {
        String id = jurisdiction(jurisdictionId);
        if (limit == null || limit.isBlank()) {
            throw CalendarRequestException.badRequest("limit", "limit is required: a time limit as written, "
                    + "e.g. 15个工作日");
        }
        TimeLimit parsed;
        try {
            parsed = limits.parse(limit);
        } catch (IllegalArgumentException e) {
            throw CalendarRequestException.badRequest("limit", e.getMessage());
        }
        return calendar.dueDate(id, parsed, date("from", from));
    }

    @GET
    @Path("{jurisdictionId}/working-days")
    public WorkingDayCount workingDays(@PathParam("jurisdictionId") String jurisdictionId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        String id = jurisdiction(jurisdictionId);
        return calendar.workingDaysBetween(id, date("from", from), date("to", to));
    }

    @GET
    @Path("{jurisdictionId}/days/{date}")
    public DayStatus day(@PathParam("jurisdictionId") String jurisdictionId, @PathParam("date") String date) {
        String id = jurisdiction(jurisdictionId);
        return calendar.day(id, date("date", date));
    }

    @GET
    @Path("{jurisdictionId}/{year}")
    public YearCalendar year(@PathParam("jurisdictionId") String jurisdictionId, @PathParam("year") String year) {
        String id = jurisdiction(jurisdictionId);
        if (year == null || !YEAR.matcher(year).matches()) {
            throw CalendarRequestException.badRequest("year", "year must be four digits, got \"" + year + "\"");
        }
        return calendar.year(id, Integer.parseInt(year));
    }

    private static String jurisdiction(String id) {
        if (!CalendarSnapshot.isJurisdictionId(id)) {
            throw CalendarRequestException.badRequest("jurisdictionId",
                    "jurisdictionId must be an administrative division code of six digits (e.g. 341000), got \""
                            + id + "\"");
        }
        return id;
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw CalendarRequestException.badRequest(parameter, parameter + " is required: a date yyyy-MM-dd");
        }
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeException(text);
            }
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw CalendarRequestException.badRequest(parameter,
                    parameter + " must be a date yyyy-MM-dd, got \"" + text + "\"");
        }
    }
}
