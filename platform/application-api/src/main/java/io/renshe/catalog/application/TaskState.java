package io.renshe.catalog.application;

/**
 * Where a task (one item of an application, for its unit) stands. Over HTTP the lower-case keys.
 * <pre>
 * submitted ──accept (受理)──▶ accepted ──approve──▶ approved ──deliver (出件)──▶ delivered
 *     │  ▲                       │  ▲
 *     │  └─resubmit──returned◀───┤  └─resubmit (补正 done)
 *     └──return (补正)──▶ returned◀┘
 * submitted / accepted ──refuse──▶ refused
 * </pre>
 */
public enum TaskState {
    /** Submitted, waiting for the front desk to accept it (受理). The clocks run from the acceptance day. */
    SUBMITTED,
    /** Accepted by the front desk; in the back office of its unit (后台审批). */
    ACCEPTED,
    /** Returned for missing materials (补正), every missing material named at once; its clocks are stopped. */
    RETURNED,
    /** Approved by its unit; waiting for the window to deliver the result (统一窗口出件). */
    APPROVED,
    /** Refused, with the reason (不予受理 at the front desk, or not approved by the unit). Final. */
    REFUSED,
    /** The result was delivered to the applicant. Final. */
    DELIVERED;

    /** Whether nothing more happens to a task in this state. */
    public boolean finished() {
        return this == REFUSED || this == DELIVERED;
    }
}
