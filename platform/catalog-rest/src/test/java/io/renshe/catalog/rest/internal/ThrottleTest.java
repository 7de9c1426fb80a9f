package io.renshe.catalog.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Failed sign-ins slowed per user and per address: three free, then 1 s, 2 s, 4 s … up to the longest refusal. */
class ThrottleTest {

    private final TestClock clock = new TestClock();
    private final Throttle throttle = new Throttle(clock, 3, Duration.ofSeconds(10));

    @Test
    void theFirstFailuresAreFreeThenTheRefusalDoublesUpToItsLongest() {
        for (int i = 1; i <= 3; i++) {
            assertEquals(i, throttle.failed("yeji", "10.0.0.1"));
            assertEquals(Duration.ZERO, throttle.refusedFor("yeji", "10.0.0.1"));
        }
        throttle.failed("yeji", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), throttle.refusedFor("yeji", "10.0.0.1"));
        clock.advance(Duration.ofMillis(400));
        assertEquals(Duration.ofMillis(600), throttle.refusedFor("yeji", "10.0.0.1"));
        clock.advance(Duration.ofMillis(600));
        assertEquals(Duration.ZERO, throttle.refusedFor("yeji", "10.0.0.1"));
        throttle.failed("yeji", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), throttle.refusedFor("yeji", "10.0.0.1"));
        throttle.failed("yeji", "10.0.0.1");
        assertEquals(Duration.ofSeconds(4), throttle.refusedFor("yeji", "10.0.0.1"));
        throttle.failed("yeji", "10.0.0.1");
        assertEquals(Duration.ofSeconds(8), throttle.refusedFor("yeji", "10.0.0.1"));
        assertEquals(8, throttle.failed("yeji", "10.0.0.1"));
        assertEquals(Duration.ofSeconds(10), throttle.refusedFor("yeji", "10.0.0.1"), "capped");
    }

    @Test
    void aUserIsRefusedFromEveryAddressAndAnAddressForEveryUser() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("yeji", "10.0.0." + i);
        }
        assertEquals(Duration.ofSeconds(1), throttle.refusedFor("yeji", "10.0.0.99"), "the user, from a new address");
        assertEquals(Duration.ZERO, throttle.refusedFor("huangshan", "10.0.0.99"), "another user elsewhere");
        for (int i = 1; i <= 4; i++) {
            throttle.failed("guess-" + i, "10.9.9.9");
        }
        assertEquals(Duration.ofSeconds(1), throttle.refusedFor("huangshan", "10.9.9.9"), "the address, for a new user");
    }

    @Test
    void aSuccessClearsTheUserAndTheAddressAndOldFailuresAreForgotten() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("yeji", "10.0.0.1");
        }
        throttle.succeeded("yeji", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.refusedFor("yeji", "10.0.0.1"));
        assertEquals(1, throttle.failed("yeji", "10.0.0.1"));
        throttle.failed("yeji", "10.0.0.1");
        clock.advance(Throttle.FORGET.plusSeconds(1));
        assertEquals(1, throttle.failed("yeji", "10.0.0.1"), "failures older than the window are forgotten");
    }

    @Test
    void madeUpNamesCannotFillTheMemory() {
        for (int i = 0; i < Throttle.MAX_KEYS + 100; i++) {
            throttle.failed("name-" + i, "10.0.0.1");
        }
        assertEquals(1, throttle.failed("name-0", "10.0.0.2"), "the oldest keys were dropped");
    }
}
