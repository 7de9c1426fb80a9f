package io.renshe.catalog.application;

/** A filter of a unit's queue by the committed due date. Over HTTP the lower-case keys. */
public enum DueFilter {
    /** Due before today and still open. */
    OVERDUE,
    /** Due today. */
    TODAY,
    /** Due from today to six days after today. */
    WEEK
}
