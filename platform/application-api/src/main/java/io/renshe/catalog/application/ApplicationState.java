package io.renshe.catalog.application;

/** Where an application as a whole stands, from its tasks. Over HTTP the lower-case keys. */
public enum ApplicationState {
    /** Some task is still being handled. */
    IN_PROGRESS,
    /** Some task waits for the applicant's missing materials (补正). */
    RETURNED,
    /** Every task was delivered or refused; the applicant may rate the service once. */
    COMPLETED
}
