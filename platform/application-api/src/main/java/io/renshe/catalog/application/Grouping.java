package io.renshe.catalog.application;

/** How statistics are grouped. Over HTTP the lower-case keys. */
public enum Grouping {
    /** By the unit that handles the task. */
    UNIT,
    /** By item and item version (bundle version and catalog state at the time of application). */
    ITEM,
    /** By one-thing (single items under none) and the bundle version. */
    ONE_THING
}
