package dev.pincer.runtime.manifest;

import dev.pincer.runtime.manifest.JsonTree.JsonArrayTree;
import dev.pincer.runtime.manifest.JsonTree.JsonObjectTree;
import dev.pincer.runtime.manifest.JsonTree.JsonScalarTree;
import dev.pincer.runtime.manifest.JsonTree.JsonStringTree;
import dev.pincer.runtime.manifest.JsonTree.Member;
import dev.pincer.runtime.manifest.JsonTree.Position;
import dev.pincer.runtime.tool.ActionDeclaration;
import dev.pincer.runtime.tool.ActionDeclarationException;
import dev.pincer.runtime.tool.AmountDeclaration;
import dev.pincer.runtime.tool.Effect;
import dev.pincer.runtime.tool.ResourceTemplate;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code actions} of a tool's manifest (MAN-009), pointing at the line and column of the first problem. */
final class ActionsReader {
    private static final List<String> FIELDS = List.of("name", "description", "arguments", "effect", "resource");
    private static final List<String> OPTIONAL_FIELDS = List.of("amount");
    private static final List<String> AMOUNT_FIELDS = List.of("argument", "currency");
    private static final String AMOUNT_EXAMPLE = "{\"argument\": \"price\", \"currency\": \"USD\"}";
    private static final String EXAMPLE = "[{\"name\": \"list_issues\", \"description\": \"…\", \"arguments\": "
            + "{\"type\": \"object\", …}, \"effect\": \"read\", \"resource\": \"github.repo:{owner}/{repo}\"}]";

    private final Path file;

    ActionsReader(Path file) {
        this.file = file;
    }

    /** The declared actions; empty for a kind other than tool, which must not declare any. */
    List<ActionDeclaration> read(String kind, Optional<Member> member, Position manifestAt) {
        boolean tool = "tool".equals(kind);
        if (member.isEmpty()) {
            if (tool) {
                throw fail(manifestAt, "actions", "required field is missing for kind \"tool\"",
                        "add \"actions\", the actions the tool offers, such as " + EXAMPLE);
            }
            return List.of();
        }
        if (!tool) {
            throw fail(member.get().keyAt(), "actions", "only a tool declares actions, and this manifest's kind is \""
                    + kind + "\"", "remove \"actions\", or set \"kind\" to \"tool\"");
        }
        if (!(member.get().value() instanceof JsonArrayTree list) || list.elements().isEmpty()) {
            JsonTree value = member.get().value();
            throw fail(value.at(), "actions", value instanceof JsonArrayTree ? "the list is empty"
                    : "expected a list of actions, found " + value.description(), "declare at least one action, such as " + EXAMPLE);
        }
        List<ActionDeclaration> actions = new ArrayList<>();
        for (int i = 0; i < list.elements().size(); i++) {
            ActionDeclaration action = action(list.elements().get(i), "actions[" + i + "]");
            for (int j = 0; j < actions.size(); j++) {
                if (actions.get(j).name().equals(action.name())) {
                    JsonTree name = member(list.elements().get(i), "name");
                    throw fail(name.at(), "actions[" + i + "].name", ManifestRules.quote(action.name())
                            + " is declared twice (also at actions[" + j + "])", "give each action its own name");
                }
            }
            actions.add(action);
        }
        return actions;
    }

    private ActionDeclaration action(JsonTree element, String field) {
        if (!(element instanceof JsonObjectTree object)) {
            throw fail(element.at(), field, "expected an action object, found " + element.description(), "write " + EXAMPLE);
        }
        Map<String, JsonTree> parts = parts(object, field, FIELDS, OPTIONAL_FIELDS, "an action",
                "known fields are " + String.join(", ", FIELDS) + ", and for a spend action " + String.join(", ", OPTIONAL_FIELDS),
                "give every action " + String.join(", ", FIELDS));
        String name = string(parts.get("name"), field + ".name");
        String description = string(parts.get("description"), field + ".description");
        if (!(parts.get("arguments") instanceof JsonObjectTree)) {
            throw fail(parts.get("arguments").at(), field + ".arguments", "expected a JSON Schema object, found "
                    + parts.get("arguments").description(), "write {\"type\": \"object\", \"properties\": {…}, \"required\": […]}");
        }
        JsonObject arguments = (JsonObject) toJson(parts.get("arguments"));
        try {
            Effect effect = Effect.fromWireName(string(parts.get("effect"), field + ".effect"));
            ResourceTemplate resource = ResourceTemplate.parse(string(parts.get("resource"), field + ".resource"));
            Optional<AmountDeclaration> amount = parts.containsKey("amount")
                    ? Optional.of(amount(parts.get("amount"), field + ".amount")) : Optional.empty();
            return new ActionDeclaration(name, description, arguments, effect, resource, amount);
        } catch (ActionDeclarationException e) {
            throw fail(locate(object, e.field()), field + "." + e.field(), e.problem(), e.fix());
        }
    }

    private AmountDeclaration amount(JsonTree value, String field) {
        if (!(value instanceof JsonObjectTree object)) {
            throw fail(value.at(), field, "expected an object, found " + value.description(), "write " + AMOUNT_EXAMPLE);
        }
        Map<String, JsonTree> parts = parts(object, field, AMOUNT_FIELDS, List.of(), "an amount",
                "known fields are " + String.join(", ", AMOUNT_FIELDS) + ", as in " + AMOUNT_EXAMPLE,
                "give both " + String.join(" and ", AMOUNT_FIELDS) + ", as in " + AMOUNT_EXAMPLE);
        return new AmountDeclaration(string(parts.get("argument"), field + ".argument"),
                string(parts.get("currency"), field + ".currency"));
    }

    /** The members of {@code object} by key, refusing unknown keys and missing required ones. */
    private Map<String, JsonTree> parts(JsonObjectTree object, String field, List<String> required, List<String> optional,
            String what, String knownFix, String missingFix) {
        Map<String, JsonTree> parts = new LinkedHashMap<>();
        for (Member part : object.members()) {
            if (!required.contains(part.key()) && !optional.contains(part.key())) {
                throw fail(part.keyAt(), field + "." + part.key(), "unknown field of " + what, knownFix);
            }
            parts.put(part.key(), part.value());
        }
        for (String name : required) {
            if (!parts.containsKey(name)) {
                throw fail(object.at(), field + "." + name, "required field is missing", missingFix);
            }
        }
        return parts;
    }

    private String string(JsonTree value, String field) {
        if (value instanceof JsonStringTree string) {
            return string.value();
        }
        throw fail(value.at(), field, "expected a string, found " + value.description(), "write the value in double quotes");
    }

    private static JsonTree member(JsonTree object, String key) {
        return ((JsonObjectTree) object).members().stream().filter(m -> m.key().equals(key))
                .map(Member::value).findFirst().orElse(object);
    }

    /** Where the part at {@code path} (such as {@code arguments.properties.repo.pattern}) starts, or the nearest enclosing part. */
    static Position locate(JsonTree root, String path) {
        JsonTree at = root;
        for (String segment : path.isEmpty() ? new String[0] : path.split("\\.")) {
            String key = segment.contains("[") ? segment.substring(0, segment.indexOf('[')) : segment;
            if (!key.isEmpty()) {
                if (!(at instanceof JsonObjectTree object)) {
                    return at.at();
                }
                Optional<Member> found = object.members().stream().filter(m -> m.key().equals(key)).findFirst();
                if (found.isEmpty()) {
                    return at.at();
                }
                at = found.get().value();
            }
            for (int open = segment.indexOf('['); open >= 0; open = segment.indexOf('[', open + 1)) {
                int index = Integer.parseInt(segment.substring(open + 1, segment.indexOf(']', open)));
                if (!(at instanceof JsonArrayTree array) || index >= array.elements().size()) {
                    return at.at();
                }
                at = array.elements().get(index);
            }
        }
        return at.at();
    }

    /** The value as the SPI's JSON, which the runtime validates arguments with. */
    static Json toJson(JsonTree tree) {
        return switch (tree) {
            case JsonObjectTree object -> {
                Map<String, Json> members = new LinkedHashMap<>();
                object.members().forEach(m -> members.put(m.key(), toJson(m.value())));
                yield new JsonObject(members);
            }
            case JsonArrayTree array -> new JsonArray(array.elements().stream().map(ActionsReader::toJson).toList());
            case JsonStringTree string -> new JsonString(string.value());
            case JsonScalarTree scalar -> scalar.number() ? new JsonNumber(new BigDecimal(scalar.text()))
                    : switch (scalar.text()) {
                        case "true" -> new JsonBoolean(true);
                        case "false" -> new JsonBoolean(false);
                        default -> JsonNull.INSTANCE;
                    };
        };
    }

    private ManifestException fail(Position at, String field, String problem, String fix) {
        return new ManifestException(file, at.line(), at.column(), field, problem, fix);
    }
}
