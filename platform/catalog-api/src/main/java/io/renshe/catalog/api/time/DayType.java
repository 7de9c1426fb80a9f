package io.renshe.catalog.api.time;

/**
 * Why a day is or is not a working day.
 */
public enum DayType {
    /** A Monday to Friday that nothing makes a non-working day. */
    WORKDAY(true),
    /** A Saturday or Sunday that nothing makes a working day. */
    WEEKEND(false),
    /** A national public holiday announced by the State Council (the day's name says which: 春节, 国庆节 …). */
    HOLIDAY(false),
    /** A Saturday or Sunday made a working day by the State Council's adjustment (调休上班). */
    ADJUSTED_WORKING_DAY(true),
    /** A non-working day of the jurisdiction only (a local addition). */
    LOCAL_HOLIDAY(false),
    /** A working day of the jurisdiction only (a local addition). */
    LOCAL_WORKING_DAY(true);

    private final boolean working;

    DayType(boolean working) {
        this.working = working;
    }

    /**
     * Whether a day of this type is a working day.
     *
     * @return {@code true} for {@link #WORKDAY}, {@link #ADJUSTED_WORKING_DAY} and {@link #LOCAL_WORKING_DAY}
     */
    public boolean working() {
        return working;
    }
}
