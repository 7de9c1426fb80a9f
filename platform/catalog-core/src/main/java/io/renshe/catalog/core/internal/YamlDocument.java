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

import io.renshe.catalog.api.limits.LimitExceededException;
import io.renshe.catalog.api.limits.YamlLimits;

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
 * <p>
 * Read within {@link YamlLimits}: the size of the file, the nesting of lists and maps, the aliases of lists and maps
 * (snakeyaml's {@code LoaderOptions}), the length of a comment, and the values once aliases are expanded (against
 * alias bombs). A file past one is reported with the limit's name, and nothing more of it is read.
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

    /** Reads a file's text within the shipped limits; {@code null}, with the problem reported, when it is empty or not YAML. */
    static YamlDocument read(String file, String text, Problems problems) {
        return read(file, text, YamlLimits.DEFAULTS, problems);
    }

    /** Reads a file's text; {@code null}, with the problem reported, when it is empty, not YAML or past a limit. */
    static YamlDocument read(String file, String text, YamlLimits limits, Problems problems) {
        int[] comment = longestComment(text);
        if (comment[0] > limits.maxCommentChars()) {
            problems.add(file, comment[1], YamlLimits.exceeded("maxCommentChars", limits.maxCommentChars(),
                    "a comment of " + comment[0] + " characters").getMessage());
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(limits.maxDocumentBytes());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setAllowRecursiveKeys(false);
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
            LimitExceededException limit = limit(e, limits);
            problems.add(file, 0, limit != null ? limit.getMessage() : "YAML: " + e.getMessage());
            return null;
        }
        if (root == null) {
            problems.add(file, 0, "the file is empty");
            return null;
        }
        Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] nodes = {limits.maxNodes(), limits.maxNodes()};
        try {
            return new YamlDocument(file, root, toJson(file, root, problems, open, nodes));
        } catch (LimitExceededException e) {
            problems.add(file, 0, e.getMessage());
            return null;
        }
    }

    /** Which of snakeyaml's limits a loader failure is, as the platform names it; {@code null} for another failure. */
    private static LimitExceededException limit(YAMLException e, YamlLimits limits) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("exceeds the limit") && message.contains("code points")) {
            return CatalogParser.tooLarge(limits);
        }
        if (message.startsWith("Nesting Depth exceeded")) {
            return YamlLimits.exceeded("maxDepth", limits.maxDepth(), "lists and maps are nested more than "
                    + limits.maxDepth() + " deep");
        }
        if (message.contains("aliases for non-scalar nodes")) {
            return YamlLimits.exceeded("maxAliases", limits.maxAliases(), "the file has more than " + limits.maxAliases()
                    + " aliases of lists and maps");
        }
        return null;
    }

    /**
     * The length of the longest comment and its line: a {@code #} at the start of a line or after a space or tab,
     * outside quotes, to the end of its line. Block scalars are not told apart: a {@code #} line in one counts too,
     * which only matters for lines longer than the limit.
     */
    static int[] longestComment(String text) {
        int longest = 0;
        int longestLine = 0;
        int line = 1;
        char quote = 0;
        int commentStart = -1;
        char previous = '\n';
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (commentStart >= 0 && i - commentStart > longest) {
                    longest = i - commentStart;
                    longestLine = line;
                }
                commentStart = -1;
                line++;
                previous = c;
                continue;
            }
            if (commentStart < 0) {
                if (quote == 0 && c == '#' && (previous == ' ' || previous == '\t' || previous == '\n')) {
                    commentStart = i;
                } else if (quote == 0 && (c == '"' || c == '\'') && (previous == ' ' || previous == '\t'
                        || previous == '\n' || previous == ':' || previous == '[' || previous == '{' || previous == ',' || previous == '-')) {
                    quote = c;
                } else if (quote == '"' && c == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                    i++;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                }
            }
            previous = c;
        }
        return new int[] {longest, longestLine};
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

    /** The JSON tree of a node; {@code nodes[0]} counts down the values still allowed (of {@code nodes[1]}), aliases expanded. */
    private static JsonNode toJson(String file, Node node, Problems problems, Set<Node> open, int[] nodes) {
        if (--nodes[0] < 0) {
            throw YamlLimits.exceeded("maxNodes", nodes[1], "the file holds more than " + nodes[1]
                    + " values once its aliases are expanded");
        }
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
                    object.set(scalar.getValue(), toJson(file, tuple.getValueNode(), problems, open, nodes));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = JSON.arrayNode();
                for (Node element : sequence.getValue()) {
                    array.add(toJson(file, element, problems, open, nodes));
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
