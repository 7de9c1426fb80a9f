package io.renshe.catalog.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down repeated failed sign-ins, per user name and per client address. The first {@code freeFailures} failures
 * of a key cost nothing; every further one refuses the key for twice as long as the previous (1 s, 2 s, 4 s … up to
 * {@code maxDelay}). A key is refused while either the user or the address is. A success clears both; failures are
 * forgotten after {@link #FORGET} without one. At most {@link #MAX_KEYS} keys are kept, the least recently used
 * dropped first, so a flood of made-up names cannot fill the memory. Thread-safe.
 */
final class Throttle {

    static final Duration FORGET = Duration.ofMinutes(15);
    static final int MAX_KEYS = 10_000;

    private record State(int failures, Instant last, Instant refusedUntil) {
    }

    private final Clock clock;
    private final int freeFailures;
    private final Duration maxDelay;
    private final Map<String, State> states = new LinkedHashMap<>(64, 0.75f, true);

    Throttle(Clock clock, int freeFailures, Duration maxDelay) {
        this.clock = clock;
        this.freeFailures = Math.max(0, freeFailures);
        this.maxDelay = maxDelay;
    }

    /** How long a sign-in of this user from this address is still refused; zero when it may be tried now. */
    synchronized Duration refusedFor(String user, String address) {
        Instant now = clock.instant();
        Duration a = remaining(key("user", user), now);
        Duration b = remaining(key("address", address), now);
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Counts a failed sign-in.
     *
     * @return the failures in a row of the user (the larger of the user's and the address's counts)
     */
    synchronized int failed(String user, String address) {
        Instant now = clock.instant();
        return Math.max(fail(key("user", user), now), fail(key("address", address), now));
    }

    /** A successful sign-in: the user and the address start again from nothing. */
    synchronized void succeeded(String user, String address) {
        states.remove(key("user", user));
        states.remove(key("address", address));
    }

    private Duration remaining(String key, Instant now) {
        State state = states.get(key);
        if (state == null || state.refusedUntil() == null || !now.isBefore(state.refusedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(now, state.refusedUntil());
    }

    private int fail(String key, Instant now) {
        State state = states.get(key);
        int failures = state == null || state.last().plus(FORGET).isBefore(now) ? 1 : state.failures() + 1;
        Instant refusedUntil = null;
        if (failures > freeFailures) {
            int doublings = Math.min(30, failures - freeFailures - 1);
            Duration delay = Duration.ofSeconds(1L << doublings);
            refusedUntil = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
        }
        states.put(key, new State(failures, now, refusedUntil));
        if (states.size() > MAX_KEYS) {
            Iterator<String> eldest = states.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return failures;
    }

    private static String key(String kind, String value) {
        return kind + ":" + value;
    }
}
