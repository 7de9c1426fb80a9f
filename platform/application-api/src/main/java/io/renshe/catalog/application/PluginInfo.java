package io.renshe.catalog.application;

import java.util.List;

/**
 * An item plug-in that is present now.
 *
 * @param bundle its bundle's symbolic name
 * @param version its bundle's version
 * @param items the items it handles (ids of the core catalogue where they resolve, else as the plug-in names them)
 */
public record PluginInfo(String bundle, String version, List<String> items) {

    /** Copies {@code items}. */
    public PluginInfo {
        items = List.copyOf(items);
    }
}
