package dev.pincer.runtime.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pincer.runtime.yaml.LocatedYaml;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/** Reads the values of a located YAML document, failing with {@code file:line:col: path: problem; fix}. */
final class YamlFields {
    private final LocatedYaml yaml;

    YamlFields(LocatedYaml yaml) {
        this.yaml = yaml;
    }

    JsonNode root() {
        return yaml.root();
    }

    /** The line {@code path} was written on. */
    int line(String path) {
        return yaml.line(path);
    }

    /** Checks that {@code node} is a mapping (or absent) with only the keys {@code valid}. */
    void mapping(JsonNode node, String path, Collection<String> valid) {
        if (absent(node)) {
            return;
        }
        if (!node.isObject()) {
            throw fail(path, "expected a mapping, found " + shown(node), "write the keys " + String.join(", ", valid));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!valid.contains(name)) {
                String field = join(path, name);
                throw new PolicyException(yaml.whereKey(field) + ": " + field + ": \"" + name
                        + "\" is not a key here; valid: " + String.join(", ", valid));
            }
        }
    }

    /** The text at {@code path}; fails if it is absent, not text or blank. */
    String text(JsonNode node, String path, String example) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw fail(path, "expected text, found " + shown(node), "write " + example);
        }
        return node.asText();
    }

    /** One string or a list of strings, with the path of each. */
    List<Item> texts(JsonNode node, String path, String example) {
        List<Item> items = new ArrayList<>();
        if (node != null && node.isArray()) {
            if (node.isEmpty()) {
                throw fail(path, "the list is empty", "list at least one, such as " + example);
            }
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                items.add(new Item(text(node.get(i), at, example), at));
            }
        } else {
            items.add(new Item(text(node, path, example + ", or a list of them"), path));
        }
        return items;
    }

    /** A value and where it was written. */
    record Item(String value, String path) {}

    /** A problem at {@code path} whose message already says how to fix it. */
    PolicyException fail(String path, String problemAndFix) {
        return new PolicyException(yaml.where(path) + ": " + path + ": " + problemAndFix);
    }

    /** A problem with the key of {@code path}, reported where the key is written. */
    PolicyException failAtKey(String path, String problem, String fix) {
        return new PolicyException(yaml.whereKey(path) + ": " + path + ": " + problem + "; " + fix);
    }

    PolicyException fail(String path, String problem, String fix) {
        return new PolicyException(yaml.where(path) + ": " + path + ": " + problem + "; " + fix);
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    static String shown(JsonNode node) {
        if (absent(node)) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "\"" + node.asText() + "\"";
        }
        return node.isContainerNode() ? (node.isArray() ? "a list" : "a mapping") : node.toString();
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
