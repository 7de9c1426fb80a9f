package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.Item;

/**
 * The national item catalogue shipped with the platform, with a lookup by code, name and alias.
 */
final class CoreCatalogue {

    static final String RESOURCE = "catalogue/core-items.yaml";
    private static final Pattern CODE = Pattern.compile("\\d+(\\.\\d+)+");

    private final List<Item> items;
    private final Map<String, Item> byKey;

    private CoreCatalogue(List<Item> items, Map<String, Item> byKey) {
        this.items = List.copyOf(items);
        this.byKey = Map.copyOf(byKey);
    }

    static CoreCatalogue load(ClassLoader loader, FormatSchema schema) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The platform's catalogue " + RESOURCE + " is missing");
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), schema);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads a catalogue file, validated against the schema's {@code $defs/catalogue}; any problem is fatal. */
    static CoreCatalogue parse(String file, String text, FormatSchema schema) {
        Problems problems = new Problems();
        YamlDocument document = YamlDocument.read(file, text, problems);
        List<Item> items = new ArrayList<>();
        Map<String, Item> byKey = new HashMap<>();
        if (document != null) {
            problems.addAll(schema.validateCatalogue(document));
            YamlMap top = YamlMap.of(document.root());
            for (Node node : top == null ? List.<Node>of() : top.list("items")) {
                YamlMap f = YamlMap.of(node);
                String name = f == null ? null : f.text("name");
                String code = name == null ? null : f.text("code");
                if (name == null || code != null && !CODE.matcher(code).matches()) {
                    continue;
                }
                Item item = Item.builder().id(code != null ? code : name).code(code).name(name).aliases(f.texts("aliases"))
                        .category(f.text("category")).applicants(f.texts("applicants")).build();
                items.add(item);
                List<String> keys = new ArrayList<>();
                if (code != null) {
                    keys.add(code);
                }
                keys.add(Names.key(name));
                item.aliases().forEach(a -> keys.add(Names.key(a)));
                for (String key : keys) {
                    Item before = byKey.putIfAbsent(key, item);
                    if (before != null && before != item) {
                        problems.add(file, f.line(), "'" + key + "' names both " + before.id() + " and " + item.id());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("The platform's catalogue is invalid:");
            for (CatalogError error : problems.sorted()) {
                message.append("\n  ").append(error);
            }
            throw new IllegalStateException(message.toString());
        }
        return new CoreCatalogue(items, byKey);
    }

    List<Item> items() {
        return items;
    }

    /** Finds an item by code, canonical name or alias. */
    Optional<Item> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        Item byCode = byKey.get(codeOrName.strip());
        return byCode != null ? Optional.of(byCode) : Optional.ofNullable(byKey.get(Names.key(codeOrName)));
    }

    static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }
}
