package io.renshe.catalog.core.internal;

/**
 * A component of this bundle that follows the deployed catalogs (whiteboard, inside the bundle): the platform events,
 * the local calendars. Called on the catalog's own thread, one call at a time, never on the framework thread.
 */
interface CatalogListener {

    /**
     * The listener has just been bound, and this is the catalog now.
     *
     * @param current the current index
     */
    default void opened(CatalogIndex current) {
    }

    /**
     * The catalog changed.
     *
     * @param before the index readers had
     * @param after the index they have now
     */
    void changed(CatalogIndex before, CatalogIndex after);
}
