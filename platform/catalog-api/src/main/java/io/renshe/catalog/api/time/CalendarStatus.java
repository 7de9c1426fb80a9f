package io.renshe.catalog.api.time;

import java.util.List;

/**
 * What the calendar knows: the years the national calendar covers, the jurisdictions with local days, and the data it
 * rejected.
 *
 * @param coveredYears the years whose national holidays are known, ascending; outside them only weekends are
 *        non-working days
 * @param sources the holiday files read, bundled ones first
 * @param localJurisdictions the jurisdictions with local days, ascending
 * @param problems the data rejected, with the reasons
 */
public record CalendarStatus(List<Integer> coveredYears, List<String> sources, List<String> localJurisdictions,
        List<CalendarProblem> problems) {

    /** Copies the lists. */
    public CalendarStatus {
        coveredYears = List.copyOf(coveredYears);
        sources = List.copyOf(sources);
        localJurisdictions = List.copyOf(localJurisdictions);
        problems = List.copyOf(problems);
    }
}
