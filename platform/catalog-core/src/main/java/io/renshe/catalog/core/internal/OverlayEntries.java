package io.renshe.catalog.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.Jurisdiction;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.overlay.EntryError;

/**
 * Reads the entries and units of overlays exactly as a bundle's are read: each is written into the YAML of a catalog
 * file of its kind, which goes through the same steps as a file of a bundle (YAML, the format's JSON Schema, the
 * parser); every problem is then told at its place in the entry, as a JSON Pointer, instead of at a line.
 */
final class OverlayEntries {

    static final String FILE = "overlay";
    private static final String ENTRIES = "/entries/0";
    private static final String UNITS = "/units/0";

    private final CatalogParser parser;

    OverlayEntries(CatalogParser parser) {
        this.parser = parser;
    }

    /**
     * An entry as read.
     *
     * @param entry the entry as far as it could be read (with errors too), or {@code null}
     * @param errors its errors
     */
    record Read(ListEntry entry, List<EntryError> errors) {
    }

    /**
     * Reads one entry of a list.
     *
     * @param edit the index of the edit, for the errors
     * @param seq the {@code seq} the edit names: the entry's, or given to it when it has none
     * @param shape the entry in the file's shape
     * @param list the list's id
     * @param jurisdiction the jurisdiction whose catalog will hold it
     * @param localItems the local items it may name
     */
    Read read(int edit, String seq, Map<String, Object> shape, String list, Jurisdiction jurisdiction,
            List<Item> localItems) {
        List<EntryError> errors = new ArrayList<>();
        Map<String, Object> entry = new LinkedHashMap<>(shape);
        Object given = entry.get("seq");
        if (given == null) {
            entry.put("seq", seq);
        } else if (!(given instanceof Map || given instanceof List) && !String.valueOf(given).strip().equals(seq)) {
            errors.add(new EntryError(edit, seq, "/seq", "the entry's seq " + given + " is not " + seq + ", the seq it is "
                    + "put at"));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("schema", YamlDocument.FORMAT);
        file.put("kind", "list");
        file.put("id", list);
        file.put("title", FILE);
        file.put("type", FILE);
        file.put("entries", List.of(entry));
        Problems problems = new Problems();
        YamlDocument document = YamlDocument.read(FILE, yaml(file), problems);
        if (document == null) {
            problems.sorted().forEach(p -> errors.add(new EntryError(edit, seq, "", p.reason())));
            return new Read(null, errors);
        }
        for (FormatSchema.Located located : parser.schema().locate(document)) {
            errors.add(new EntryError(edit, seq, relative(located.pointer(), ENTRIES), located.error().reason()));
        }
        Node node = ((SequenceNode) YamlDocument.value(document.root(), "entries")).getValue().get(0);
        Map<Integer, String> places = new HashMap<>();
        places(node, "", places);
        Problems read = new Problems();
        ListEntry parsed = parser.entry(FILE, YamlMap.of(node), jurisdiction, localItems, read);
        for (CatalogError problem : read.sorted()) {
            String pointer = places.getOrDefault(problem.line(), "");
            if (errors.stream().noneMatch(e -> e.pointer().equals(pointer) && e.detail().equals(problem.reason()))) {
                errors.add(new EntryError(edit, seq, pointer, problem.reason()));
            }
        }
        problems.sorted().forEach(p -> errors.add(new EntryError(edit, seq, "", p.reason())));
        return new Read(parsed, errors);
    }

    /** Every way a unit breaks the format's rules of a unit ({@code edit} 0, pointers into the unit). */
    List<EntryError> checkUnit(Unit unit, Jurisdiction jurisdiction) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("name", unit.name());
        if (!unit.aliases().isEmpty()) {
            shape.put("aliases", unit.aliases());
        }
        shape.put("type", unit.type());
        if (unit.department() != null) {
            shape.put("department", unit.department());
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("schema", YamlDocument.FORMAT);
        file.put("kind", "jurisdiction");
        file.put("id", jurisdiction.id());
        file.put("name", jurisdiction.name() == null ? FILE : jurisdiction.name());
        file.put("level", jurisdiction.level() == null ? "district" : jurisdiction.level().key());
        if (jurisdiction.parent() != null) {
            file.put("parent", jurisdiction.parent());
        }
        file.put("units", List.of(shape));
        Problems problems = new Problems();
        YamlDocument document = YamlDocument.read(FILE, yaml(file), problems);
        List<EntryError> errors = new ArrayList<>();
        problems.sorted().forEach(p -> errors.add(new EntryError(0, unit.name(), "", p.reason())));
        if (document != null) {
            for (FormatSchema.Located located : parser.schema().locate(document)) {
                if (located.pointer().startsWith(UNITS)) {
                    errors.add(new EntryError(0, unit.name(), relative(located.pointer(), UNITS),
                            located.error().reason()));
                }
            }
        }
        return errors;
    }

    private static String relative(String pointer, String prefix) {
        return pointer.startsWith(prefix) ? pointer.substring(prefix.length()) : "";
    }

    /** The place in the entry of every line of it: each field's name, each element of a list. */
    private static void places(Node node, String pointer, Map<Integer, String> places) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String at = pointer + "/" + FormatSchema.escape(key.getValue());
                    places.put(YamlDocument.line(key), at);
                    places(tuple.getValueNode(), at, places);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> elements = sequence.getValue();
            for (int i = 0; i < elements.size(); i++) {
                places.put(YamlDocument.line(elements.get(i)), pointer + "/" + i);
                places(elements.get(i), pointer + "/" + i, places);
            }
        }
    }

    /**
     * A value of JSON (texts, numbers, true or false, lists, mappings with text keys, nothing) as YAML, each field on a
     * line of its own so that every problem has a place; a value of another type is written as its text.
     */
    static String yaml(Map<String, Object> value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(plain(value));
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger || value instanceof Double
                || value instanceof Float || value instanceof Short || value instanceof Byte) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(plain(v)));
            return copy;
        }
        return value.toString();
    }
}
