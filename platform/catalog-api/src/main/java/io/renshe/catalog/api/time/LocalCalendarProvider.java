package io.renshe.catalog.api.time;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Local additions to the calendar of one jurisdiction, registered as an OSGi service (whiteboard). The calendar picks
 * every such service up when it is registered and drops its days when it goes away; the days apply to that
 * jurisdiction only, and override the national calendar on their dates. Several providers may serve the same
 * jurisdiction. The calendar reads {@link #days()} once each time it rebuilds, so a provider whose days change
 * registers anew.
 */
@ConsumerType
public interface LocalCalendarProvider {

    /**
     * The jurisdiction the days belong to.
     *
     * @return its administrative division code, six digits (e.g. {@code 341504})
     */
    String jurisdictionId();

    /**
     * The local days.
     *
     * @return the days, in any order
     */
    List<LocalCalendarDay> days();

    /**
     * Local data the provider itself rejected, for the calendar to report with its own.
     *
     * @return the problems; none by default
     */
    default List<CalendarProblem> problems() {
        return List.of();
    }
}
