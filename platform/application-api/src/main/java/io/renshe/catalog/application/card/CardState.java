package io.renshe.catalog.application.card;

/** The state of a person's social security card. Over HTTP the lower-case keys. */
public enum CardState {
    /** Applied for and approved: being made (制卡中), not yet handed over. */
    APPLIED,
    /** Handed over, not yet activated (未启用). */
    ISSUED,
    /** Activated, in use (正常使用). */
    ACTIVE,
    /** Reported lost (挂失). */
    LOST,
    /** Cancelled (注销). */
    CANCELLED
}
