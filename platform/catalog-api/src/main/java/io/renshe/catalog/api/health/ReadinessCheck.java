package io.renshe.catalog.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One condition of the node's readiness to take traffic, registered as a service by the bundle that knows it (the
 * catalog core: every started jurisdiction bundle is loaded). Asked on every readiness request: answer from memory.
 */
@ConsumerType
public interface ReadinessCheck {

    /**
     * The check's name in the readiness answer: a lower-case word ({@code catalog}).
     *
     * @return the name
     */
    String name();

    /**
     * Whether the part is ready now, and why not.
     *
     * @return the state; never {@code null}
     */
    Readiness readiness();

    /**
     * The state of one check.
     *
     * @param ready whether the part is ready
     * @param detail what the state is, for an administrator ({@code 7 jurisdiction bundles loaded, 2 loading});
     *        shown only to administrators, never in the public answer
     */
    record Readiness(boolean ready, String detail) {

        /**
         * Ready, with a detail.
         *
         * @param detail for an administrator
         * @return the state
         */
        public static Readiness ready(String detail) {
            return new Readiness(true, detail);
        }

        /**
         * Not ready, with the reason.
         *
         * @param reason for an administrator
         * @return the state
         */
        public static Readiness notReady(String reason) {
            return new Readiness(false, reason);
        }
    }
}
