package io.renshe.catalog.application;

/** The two clocks of a task. Over HTTP the lower-case keys. */
public enum ClockKind {
    /**
     * The statutory (法定) or currently regulated limit: the limit before acceleration of an accelerated list (提速办),
     * otherwise the one limit the catalog states.
     */
    STATUTORY,
    /**
     * The committed (承诺) limit: the one-thing's limit of the item, or the limit after acceleration, otherwise the one
     * limit the catalog states.
     */
    COMMITTED
}
