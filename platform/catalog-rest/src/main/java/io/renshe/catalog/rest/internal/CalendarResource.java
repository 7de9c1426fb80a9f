package io.renshe.catalog.rest.internal;

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

import io.renshe.catalog.api.time.CalendarService;
import io.renshe.catalog.api.time.CalendarStatus;
import io.renshe.catalog.api.time.DayStatus;
import io.renshe.catalog.api.time.DueDate;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.TimeLimitParser;
import io.renshe.catalog.api.time.WorkingDayCount;
import io.renshe.catalog.api.time.YearCalendar;
import io.renshe.catalog.rest.ApiResource;
import io.renshe.catalog.rest.Problem;

/**
 * The calendar over HTTP, under {@code /api/calendar}:
 * <ul>
 * <li>{@code GET /api/calendar}: the covered years, the holiday files read and the rejected data;</li>
 * <li>{@code GET /api/calendar/{jurisdictionId}/due?limit={text}&from={yyyy-MM-dd}}: the due date of a time limit;</li>
 * <li>{@code GET /api/calendar/{jurisdictionId}/working-days?from={yyyy-MM-dd}&to={yyyy-MM-dd}}: working days between;</li>
 * <li>{@code GET /api/calendar/{jurisdictionId}/days/{yyyy-MM-dd}}: whether a date is a working day, and why;</li>
 * <li>{@code GET /api/calendar/{jurisdictionId}/{year}}: the year's holidays and adjusted working days.</li>
 * </ul>
 * Bad input is answered 400 with a problem naming the parameter.
 */
@Component(service = CalendarResource.class)
@ApiResource
@Path("api/calendar")
@Produces(ApiResource.JSON_UTF8)
public final class CalendarResource {

    private static final Pattern JURISDICTION_ID = Pattern.compile("\\d{6}");
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
            throw Problem.badRequest("limit", "limit is required: a time limit as written, "
                    + "e.g. 15个工作日");
        }
        TimeLimit parsed;
        try {
            parsed = limits.parse(limit);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("limit", e.getMessage());
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
            throw Problem.badRequest("year", "year must be four digits, got \"" + year + "\"");
        }
        return calendar.year(id, Integer.parseInt(year));
    }

    private static String jurisdiction(String id) {
        if (id == null || !JURISDICTION_ID.matcher(id).matches()) {
            throw Problem.badRequest("jurisdictionId",
                    "jurisdictionId must be an administrative division code of six digits (e.g. 341000), got \""
                            + id + "\"");
        }
        return id;
    }

    private static LocalDate date(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest(parameter, parameter + " is required: a date yyyy-MM-dd");
        }
        try {
            if (!DATE.matcher(text).matches()) {
                throw new DateTimeException(text);
            }
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw Problem.badRequest(parameter,
                    parameter + " must be a date yyyy-MM-dd, got \"" + text + "\"");
        }
    }
}
