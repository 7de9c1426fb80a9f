package io.renshe.catalog.api;

import java.util.List;

/**
 * A set of one-thing bundles from one document.
 *
 * @param id the id, unique in its jurisdiction
 * @param title the title as written
 * @param type 一件事一次办, 跨部门联办 …
 * @param crossDepartment {@code true} when lead and co units are departments
 * @param document where it comes from
 * @param bundles the bundles in order
 * @param source the jurisdiction that defines the set
 * @param file the catalog file it was read from
 */
public record BundleSet(String id, String title, String type, boolean crossDepartment, DocumentRef document,
        List<OneThing> bundles, String source, String file) {
    public BundleSet {
        bundles = List.copyOf(bundles);
    }
}
