package io.renshe.catalog.application.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import io.renshe.catalog.application.PluginInfo;
import io.renshe.catalog.application.spi.ItemPlugin;

/**
 * The item plug-ins registered now (whiteboard), and which one handles an item: among those naming it, the one with
 * the highest {@code service.ranking}, then the lowest {@code service.id}.
 */
final class ItemPlugins {

    /** A registered plug-in. */
    record Plugin(ItemPlugin service, long serviceId, int ranking, String bundle, String version, List<String> names) {

        /** {@code <bundle> <version>}, as tasks record it. */
        String label() {
            return bundle + " " + version;
        }
    }

    private final List<Plugin> plugins = new CopyOnWriteArrayList<>();

    Plugin add(ItemPlugin service, Map<String, Object> properties, Bundle bundle) {
        Plugin plugin = new Plugin(service, number(properties.get(Constants.SERVICE_ID)),
                (int) number(properties.get(Constants.SERVICE_RANKING)),
                bundle == null ? "unknown" : bundle.getSymbolicName(),
                bundle == null ? "0.0.0" : bundle.getVersion().toString(), names(properties.get(ItemPlugin.ITEMS)));
        plugins.add(plugin);
        return plugin;
    }

    Optional<Plugin> remove(Map<String, Object> properties) {
        long id = number(properties.get(Constants.SERVICE_ID));
        Optional<Plugin> gone = plugins.stream().filter(p -> p.serviceId() == id).findFirst();
        gone.ifPresent(plugins::remove);
        return gone;
    }

    /**
     * The plug-in of an item.
     *
     * @param item the item's id
     * @param resolve the catalogue id of a name a plug-in gives (code, name or alias), if it has one
     */
    Optional<Plugin> of(String item, Function<String, Optional<String>> resolve) {
        return plugins.stream()
                .filter(p -> p.names().stream().anyMatch(n -> n.equals(item) || resolve.apply(n).map(item::equals).orElse(false)))
                .min(Comparator.comparingInt(Plugin::ranking).reversed().thenComparingLong(Plugin::serviceId));
    }

    List<PluginInfo> infos(Function<String, Optional<String>> resolve) {
        List<PluginInfo> infos = new ArrayList<>();
        for (Plugin plugin : plugins) {
            infos.add(new PluginInfo(plugin.bundle(), plugin.version(),
                    plugin.names().stream().map(n -> resolve.apply(n).orElse(n)).toList()));
        }
        infos.sort(Comparator.comparing(PluginInfo::bundle).thenComparing(PluginInfo::version));
        return infos;
    }

    boolean isEmpty() {
        return plugins.isEmpty();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static List<String> names(Object value) {
        if (value instanceof String s) {
            return List.of(s.strip());
        }
        if (value instanceof String[] array) {
            return List.of(array).stream().map(String::strip).toList();
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).map(String::strip).toList();
        }
        return List.of();
    }
}
