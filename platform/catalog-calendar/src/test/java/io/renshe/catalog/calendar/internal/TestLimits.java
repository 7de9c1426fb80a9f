package io.renshe.catalog.calendar.internal;

import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.api.time.TimeLimitParser;
import io.renshe.catalog.core.internal.ChineseTimeLimitParser;

/** The platform's time-limit reader, which the calendar's tests use to write limits as the catalogs do. */
final class TestLimits {

    static final TimeLimitParser PARSER = new ChineseTimeLimitParser();

    private TestLimits() {
    }

    static TimeLimit parse(String text) {
        return PARSER.parse(text);
    }
}
