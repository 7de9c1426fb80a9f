package io.renshe.catalog.api;

import java.util.List;

/**
 * Where an item is handled online.
 *
 * @param urls the web addresses, as printed and in the printed order (a cell may print several)
 * @param email an e-mail address, or {@code null}
 * @param apps app names (皖事通, 掌上12333 …)
 */
public record OnlineAccess(List<String> urls, String email, List<String> apps) {
    public OnlineAccess {
        urls = List.copyOf(urls);
        apps = List.copyOf(apps);
    }

    /**
     * Online details with one web address or none.
     *
     * @param url a web address, or {@code null}
     * @param email an e-mail address, or {@code null}
     * @param apps app names
     */
    public OnlineAccess(String url, String email, List<String> apps) {
        this(url == null ? List.of() : List.of(url), email, apps);
    }

    /** The first web address, or {@code null}: {@link #urls()} holds all of them. */
    public String url() {
        return urls.isEmpty() ? null : urls.get(0);
    }
}
