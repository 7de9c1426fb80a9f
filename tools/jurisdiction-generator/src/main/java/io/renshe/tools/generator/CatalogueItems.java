package io.renshe.tools.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The items of the platform's core catalogue ({@code catalogue/core-items.yaml} of catalog-core), read as data. */
final class CatalogueItems {

    static final String RESOURCE = "catalogue/core-items.yaml";

    /** A catalogue item: national code (null if it has none), canonical name, aliases. */
    record Item(String code, String name, List<String> aliases) {
    }

    private CatalogueItems() {
    }

    @SuppressWarnings("unchecked")
    static List<Item> load() {
        try (InputStream in = CatalogueItems.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (catalog-core)");
            }
            Map<String, Object> document = new Yaml(new LoaderOptions()).load(in);
            List<Item> items = new ArrayList<>();
            for (Map<String, Object> item : (List<Map<String, Object>>) document.get("items")) {
                Object aliases = item.get("aliases");
                items.add(new Item((String) item.get("code"), (String) item.get("name"),
                        aliases == null ? List.of() : List.copyOf((List<String>) aliases)));
            }
            return List.copyOf(items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
