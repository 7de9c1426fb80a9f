package io.renshe.catalog.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read field by field. Every problem (unknown or duplicate field, wrong type, missing value) is
 * reported with its file and line; a field in error reads as absent, so that reading goes on and finds the rest.
 */
final class Fields {

    private final String file;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private Fields(String file, MappingNode node, Problems problems, Set<String> allowed, String what) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            int line = line(key);
            if (!(key instanceof ScalarNode scalar)) {
                problems.add(file, line, "a key of " + what + " must be a plain name");
                continue;
            }
            String name = scalar.getValue();
            if (!allowed.contains(name)) {
                problems.add(file, line, "unknown field '" + name + "' in " + what + " (allowed: " + String.join(", ", allowed) + ")");
                continue;
            }
            if (values.containsKey(name)) {
                problems.add(file, line, "duplicate field '" + name + "' in " + what + " (first at line " + keyLines.get(name) + ")");
                continue;
            }
            values.put(name, tuple.getValueNode());
            keyLines.put(name, line);
        }
    }

    /** Reads a node that must be a mapping; {@code null} (with a problem) when it is not. */
    static Fields of(String file, Node node, Problems problems, String what, String... allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(file, line(node), what + " must be a mapping of fields");
            return null;
        }
        return new Fields(file, mapping, problems, new LinkedHashSet<>(List.of(allowed)), what);
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    int line() {
        return line(node);
    }

    int line(String field) {
        Integer line = keyLines.get(field);
        return line == null ? line() : line;
    }

    boolean has(String field) {
        Node value = values.get(field);
        return value != null && !isNull(value);
    }

    Node node(String field) {
        return values.get(field);
    }

    String string(String field) {
        Node value = values.get(field);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            return text.isEmpty() ? null : text;
        }
        problems.add(file, line(value), "field '" + field + "' must be a single text value");
        return null;
    }

    String required(String field, String what) {
        String value = string(field);
        if (value == null && !values.containsKey(field)) {
            problems.add(file, line(), what + " has no '" + field + "'");
        } else if (value == null && values.get(field) instanceof ScalarNode) {
            problems.add(file, line(field), "field '" + field + "' of " + what + " is empty");
        }
        return value;
    }

    Integer integer(String field) {
        String text = string(field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(file, line(field), "field '" + field + "' must be a whole number, not '" + text + "'");
            return null;
        }
    }

    Boolean bool(String field) {
        String text = string(field);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(file, line(field), "field '" + field + "' must be true or false, not '" + text + "'");
                yield null;
            }
        };
    }

    /** A list of texts; a single text reads as a list of one. */
    List<String> strings(String field) {
        Node value = values.get(field);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            return text.isEmpty() ? List.of() : List.of(text);
        }
        List<String> result = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node element : sequence.getValue()) {
                if (element instanceof ScalarNode scalar) {
                    String text = scalar.getValue().strip();
                    if (text.isEmpty()) {
                        problems.add(file, line(element), "an element of '" + field + "' is empty");
                    } else {
                        result.add(text);
                    }
                } else {
                    problems.add(file, line(element), "each element of '" + field + "' must be a single text value");
                }
            }
            return result;
        }
        problems.add(file, line(value), "field '" + field + "' must be a list of texts");
        return List.of();
    }

    /** The elements of a list field; empty (with a problem) when it is not a list. */
    List<Node> list(String field) {
        Node value = values.get(field);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(file, line(value), "field '" + field + "' must be a list");
        return List.of();
    }

    Fields mapping(String field, String what, String... allowed) {
        Node value = values.get(field);
        if (value == null || isNull(value)) {
            return null;
        }
        return of(file, value, problems, what, allowed);
    }

    void error(String field, String reason) {
        problems.add(file, line(field), reason);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }
}
