package io.renshe.catalog.core.internal;

import java.util.Map;
import java.util.Set;

/** Where the extender hands over what it read: the catalog service's set of deployed bundles. */
interface Deployments {

    /**
     * Changes the deployed bundles in one step: readers see the old set until the new one is complete.
     *
     * @param loaded bundles read, by bundle id; each replaces the bundle of the same id, if any
     * @param removed ids of bundles taken out of service
     */
    void apply(Map<Long, ParsedBundle> loaded, Set<Long> removed);
}
