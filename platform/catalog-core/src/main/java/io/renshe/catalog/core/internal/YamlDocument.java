package io.renshe.catalog.core.internal;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One catalog file read twice over: as the YAML node tree, which knows the line of every value, and as the same
 * content in a JSON tree, which the format's JSON Schema validates. A path into the JSON tree (the schema
 * validator's instance location) leads back to the YAML node, and so to its line.
 * <p>
 * What JSON cannot hold is reported here: a key that is not a plain name, a key given twice (the first one counts), an
 * alias that refers to itself. Scalars become JSON values by their YAML type, except that a date written without
 * quotes ({@code 2022-09-30}) stays the text it is.
 */
final class YamlDocument {

    static final String FORMAT = "renshe-catalog/1";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");

    private final String file;
    private final Node root;
    private final JsonNode json;

    private YamlDocument(String file, Node root, JsonNode json) {
        this.file = file;
        this.root = root;
        this.json = json;
    }

    /** Reads a file's text; {@code null}, with the problem reported, when it is empty or not YAML. */
    static YamlDocument read(String file, String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(16 * 1024 * 1024);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String reason = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            problems.add(file, mark == null ? 0 : mark.getLine() + 1, "YAML syntax: " + context + reason);
            return null;
        } catch (YAMLException e) {
            problems.add(file, 0, "YAML: " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.add(file, 0, "the file is empty");
            return null;
        }
        Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        return new YamlDocument(file, root, toJson(file, root, problems, open));
    }

    String file() {
        return file;
    }

    Node root() {
        return root;
    }

    JsonNode json() {
        return json;
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /**
     * The YAML node at a path of names (fields) and indexes (list elements), or the deepest node on the way when the
     * path goes further than the file.
     */
    Node at(List<Object> path) {
        Node at = root;
        for (Object step : path) {
            Node next = step instanceof Integer index ? element(at, index) : value(at, String.valueOf(step));
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at;
    }

    /** The key node of a field of a mapping, or {@code null}. */
    static Node key(Node mapping, String field) {
        NodeTuple tuple = tuple(mapping, field);
        return tuple == null ? null : tuple.getKeyNode();
    }

    static Node value(Node mapping, String field) {
        NodeTuple tuple = tuple(mapping, field);
        return tuple == null ? null : tuple.getValueNode();
    }

    private static NodeTuple tuple(Node mapping, String field) {
        if (mapping instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(field)) {
                    return tuple;
                }
            }
        }
        return null;
    }

    private static Node element(Node sequence, int index) {
        if (sequence instanceof SequenceNode list && index >= 0 && index < list.getValue().size()) {
            return list.getValue().get(index);
        }
        return null;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static JsonNode toJson(String file, Node node, Problems problems, Set<Node> open) {
        if (!open.add(node)) {
            problems.add(file, line(node), "an alias refers to the value that contains it");
            return JSON.nullNode();
        }
        try {
            if (node instanceof MappingNode mapping) {
                ObjectNode object = JSON.objectNode();
                Map<String, Integer> seen = new HashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node key = tuple.getKeyNode();
                    if (!(key instanceof ScalarNode scalar) || isNull(key)) {
                        problems.add(file, line(key), "a key must be a plain name, such as name: or seq:");
                        continue;
                    }
                    Integer first = seen.putIfAbsent(scalar.getValue(), line(key));
                    if (first != null) {
                        problems.add(file, line(key), "duplicate field '" + scalar.getValue() + "' (first at line " + first
                                + "): give each field once");
                        continue;
                    }
                    object.set(scalar.getValue(), toJson(file, tuple.getValueNode(), problems, open));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = JSON.arrayNode();
                for (Node element : sequence.getValue()) {
                    array.add(toJson(file, element, problems, open));
                }
                return array;
            }
            return scalar((ScalarNode) node);
        } finally {
            open.remove(node);
        }
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            String word = text.toLowerCase(java.util.Locale.ROOT);
            return JSON.booleanNode(word.equals("true") || word.equals("yes") || word.equals("on"));
        }
        if (Tag.INT.equals(tag) && DECIMAL.matcher(text).matches()) {
            BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            return value.bitLength() < 32 ? JSON.numberNode(value.intValue())
                    : value.bitLength() < 64 ? JSON.numberNode(value.longValue()) : JSON.numberNode(value);
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                double value = Double.parseDouble(text.replace("_", ""));
                if (Double.isFinite(value)) {
                    return JSON.numberNode(value);
                }
            } catch (NumberFormatException notJava) {
                // .inf, .nan and the like stay text
            }
        }
        return JSON.textNode(text);
    }
}
