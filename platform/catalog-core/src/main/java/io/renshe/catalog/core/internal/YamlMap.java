package io.renshe.catalog.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read leniently, after the format's JSON Schema has judged its shape: a value of the wrong shape
 * reads as absent (the schema has already reported it), so that reading goes on and every other problem is found
 * too. Of a field given twice, the first counts, as in the document the schema saw.
 */
final class YamlMap {

    private final MappingNode node;

    private YamlMap(MappingNode node) {
        this.node = node;
    }

    /** The mapping, or {@code null} when the node is not one. */
    static YamlMap of(Node node) {
        return node instanceof MappingNode mapping ? new YamlMap(mapping) : null;
    }

    int line() {
        return YamlDocument.line(node);
    }

    /** The line of a field's name, or of the mapping when the field is absent. */
    int line(String field) {
        Node key = YamlDocument.key(node, field);
        return key == null ? line() : YamlDocument.line(key);
    }

    Node node(String field) {
        return YamlDocument.value(node, field);
    }

    /** A single value, stripped; {@code null} when absent, empty or not a single value. */
    String text(String field) {
        return text(node(field));
    }

    private static String text(Node value) {
        if (value instanceof ScalarNode scalar && !YamlDocument.isNull(value)) {
            String text = scalar.getValue().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    /** A list of texts; a single text reads as a list of one. */
    List<String> texts(String field) {
        Node value = node(field);
        if (value instanceof SequenceNode sequence) {
            List<String> texts = new ArrayList<>();
            for (Node element : sequence.getValue()) {
                String text = text(element);
                if (text != null) {
                    texts.add(text);
                }
            }
            return texts;
        }
        String text = text(value);
        return text == null ? List.of() : List.of(text);
    }

    /** The elements of a list. */
    List<Node> list(String field) {
        return node(field) instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    /** The names of the fields, in the order of the file. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                keys.add(key.getValue());
            }
        }
        return keys;
    }

    /** A mapping value, or {@code null}. */
    YamlMap map(String field) {
        return of(node(field));
    }

    boolean bool(String field, boolean absent) {
        String text = text(field);
        if (text == null) {
            return absent;
        }
        String word = text.toLowerCase(java.util.Locale.ROOT);
        return word.equals("true") || word.equals("yes") || word.equals("on");
    }

    Integer integer(String field) {
        try {
            String text = text(field);
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
