package io.renshe.catalog.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock a test moves by hand: 10:00 Beijing time of the day it is set to. */
final class TestClock extends Clock {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    TestClock(LocalDate day) {
        set(day);
    }

    void set(LocalDate day) {
        now = day.atTime(LocalTime.of(10, 0)).atZone(BEIJING).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return BEIJING;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
