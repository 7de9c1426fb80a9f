package io.renshe.catalog.core.internal;

import java.io.Reader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads catalog files into YAML node trees that remember their lines. */
final class YamlFiles {

    static final String SCHEMA = "renshe-catalog/1";

    private YamlFiles() {
    }

    static Node compose(String file, Reader reader, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(16 * 1024 * 1024);
        try {
            Node node = new Yaml(options).compose(reader);
            if (node == null) {
                problems.add(file, 0, "the file is empty");
            }
            return node;
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
    }

    /** Checks {@code schema} and {@code kind}; answers whether the kind is the expected one. */
    static boolean checkHeader(Fields top, String kind) {
        String schema = top.required("schema", "the file");
        if (schema != null && !SCHEMA.equals(schema)) {
            top.error("schema", "unsupported schema '" + schema + "' (this platform reads " + SCHEMA + ")");
        }
        String actual = top.required("kind", "the file");
        if (actual != null && !actual.equals(kind)) {
            top.error("kind", "kind '" + actual + "' where '" + kind + "' was expected");
            return false;
        }
        return actual != null;
    }
}
