package io.renshe.catalog.api;

import java.util.List;

/**
 * Where an item is handled online.
 *
 * @param url a web address, or {@code null}
 * @param email an e-mail address, or {@code null}
 * @param apps app names (皖事通, 掌上12333 …)
 */
public record OnlineAccess(String url, String email, List<String> apps) {
    public OnlineAccess {
        apps = List.copyOf(apps);
    }
}
