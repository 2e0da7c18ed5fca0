package dev.pincer.runtime.tool;

import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks that a declared argument schema stays within the subset the runtime validates (MAN-009).
 *
 * <p>Throws {@link ActionDeclarationException} for the first problem, with a field path relative to the
 * schema such as {@code properties.repo.pattern}; the empty path is the schema itself.
 */
final class SchemaRules {
    /** How deep schemas may nest: the root, then nine levels of properties and items. */
    static final int MAX_DEPTH = 10;

    private static final Pattern PROPERTY_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private SchemaRules() {}

    /** Checks a schema for an action's arguments: valid, and of type {@code object}. */
    static void checkArguments(JsonObject schema) {
        SchemaType type = check(schema, "", 1);
        if (type != SchemaType.OBJECT) {
            throw problem("type", "the arguments schema has type \"" + type.wireName() + "\"",
                    "write \"type\": \"object\" with the arguments under \"properties\"");
        }
    }

    /** Checks one schema at {@code path}, returning its type. */
    static SchemaType check(JsonObject schema, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw problem(path, "schemas nest deeper than " + MAX_DEPTH + " levels", "flatten the arguments");
        }
        SchemaType type = type(schema, path);
        for (Map.Entry<String, dev.pincer.spi.json.Json> member : schema.members().entrySet()) {
            String keyword = member.getKey();
            String at = join(path, keyword);
            if (!type.allows(keyword)) {
                throw problem(at, "keyword '" + keyword + "' is not supported for type \"" + type.wireName() + "\"",
                        "use only " + type.allowedKeywords());
            }
            checkKeyword(type, keyword, member.getValue(), at, schema, depth);
        }
        if (type == SchemaType.ARRAY && !schema.members().containsKey("items")) {
            throw problem(path, "an array schema without 'items'", "declare the elements, such as \"items\": {\"type\": \"string\"}");
        }
        checkBounds(schema, path, "minimum", "maximum");
        checkBounds(schema, path, "minLength", "maxLength");
        return type;
    }

    private static SchemaType type(JsonObject schema, String path) {
        dev.pincer.spi.json.Json type = schema.members().get("type");
        if (type == null) {
            throw problem(path, "the schema has no 'type'", "add \"type\": one of " + SchemaType.choices());
        }
        if (!(type instanceof JsonString name)) {
            throw problem(join(path, "type"), "expected a string, found " + Json.describe(type),
                    "write one of " + SchemaType.choices() + " (a list of types is not supported)");
        }
        return SchemaType.fromWireName(name.value()).orElseThrow(() -> problem(join(path, "type"),
                Json.quote(name.value()) + " is not a supported type", "write one of " + SchemaType.choices()));
    }

    private static void checkKeyword(SchemaType type, String keyword, dev.pincer.spi.json.Json value, String at,
            JsonObject schema, int depth) {
        switch (keyword) {
            case "type" -> { }
            case "description" -> requireString(value, at);
            case "properties" -> checkProperties(value, at, depth);
            case "required" -> checkRequired(value, at, schema);
            case "additionalProperties" -> {
                if (!(value instanceof JsonBoolean b) || b.value()) {
                    throw problem(at, "only false is supported, found " + Json.describe(value),
                            "write false to refuse undeclared arguments, or leave it out to allow them");
                }
            }
            case "items" -> check(object(value, at), at, depth + 1);
            case "enum" -> checkEnum(type, value, at);
            case "minimum", "maximum" -> {
                if (!(value instanceof JsonNumber)) {
                    throw problem(at, "expected a number, found " + Json.describe(value), "write a number such as 1");
                }
            }
            case "minLength", "maxLength" -> lengthOf(value, at);
            case "pattern" -> {
                String regex = requireString(value, at);
                try {
                    Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw problem(at, Json.quote(regex) + " is not a valid regular expression ("
                            + e.getDescription() + " near index " + e.getIndex() + ")", "fix the expression");
                }
            }
            default -> throw new IllegalStateException("keyword '" + keyword + "' passed SchemaType.allows but has no rule");
        }
    }

    private static void checkProperties(dev.pincer.spi.json.Json value, String at, int depth) {
        for (Map.Entry<String, dev.pincer.spi.json.Json> property : object(value, at).members().entrySet()) {
            String name = property.getKey();
            if (!PROPERTY_NAME.matcher(name).matches()) {
                throw problem(join(at, name), Json.quote(name) + " is not a valid argument name",
                        "write 1 to 64 letters, digits and '_', starting with a letter or '_', such as issue_number");
            }
            check(object(property.getValue(), join(at, name)), join(at, name), depth + 1);
        }
    }

    private static void checkRequired(dev.pincer.spi.json.Json value, String at, JsonObject schema) {
        if (!(value instanceof JsonArray names)) {
            throw problem(at, "expected a list of argument names, found " + Json.describe(value), "write [\"owner\", \"repo\"]");
        }
        Set<String> declared = schema.optObject("properties").map(p -> p.members().keySet()).orElse(Set.of());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String element = at + "[" + i + "]";
            String name = requireString(names.get(i), element);
            if (!declared.contains(name)) {
                throw problem(element, Json.quote(name) + " is not a declared property",
                        "require only properties declared under \"properties\": " + declared);
            }
            if (!seen.add(name)) {
                throw problem(element, Json.quote(name) + " is listed twice", "list each required argument once");
            }
        }
    }

    private static void checkEnum(SchemaType type, dev.pincer.spi.json.Json value, String at) {
        if (!(value instanceof JsonArray choices) || choices.size() == 0) {
            throw problem(at, "expected a non-empty list of values, found " + Json.describe(value),
                    "write the allowed values, such as [\"open\", \"closed\"]");
        }
        Set<dev.pincer.spi.json.Json> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            dev.pincer.spi.json.Json choice = choices.get(i);
            if (!type.matches(choice)) {
                throw problem(at + "[" + i + "]", Json.show(choice) + " is not " + type.article(),
                        "list only values of the schema's type \"" + type.wireName() + "\"");
            }
            if (!seen.add(choice)) {
                throw problem(at + "[" + i + "]", Json.show(choice) + " is listed twice", "list each value once");
            }
        }
    }

    private static void checkBounds(JsonObject schema, String path, String low, String high) {
        if (schema.members().get(low) instanceof JsonNumber min && schema.members().get(high) instanceof JsonNumber max
                && min.value().compareTo(max.value()) > 0) {
            throw problem(join(path, low), low + " " + min.value().toPlainString() + " is above " + high + " "
                    + max.value().toPlainString(), "make " + low + " at most " + high);
        }
    }

    /** A length bound as an int. */
    static int lengthOf(dev.pincer.spi.json.Json value, String at) {
        if (value instanceof JsonNumber n && SchemaType.isWhole(n) && n.value().signum() >= 0
                && n.value().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return n.value().intValue();
        }
        throw problem(at, "expected a whole number from 0 to " + Integer.MAX_VALUE + ", found " + Json.describe(value),
                "write a length in characters, such as 100");
    }

    private static JsonObject object(dev.pincer.spi.json.Json value, String at) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw problem(at, "expected a schema object, found " + Json.describe(value), "write an object such as {\"type\": \"string\"}");
    }

    private static String requireString(dev.pincer.spi.json.Json value, String at) {
        if (value instanceof JsonString s) {
            return s.value();
        }
        throw problem(at, "expected a string, found " + Json.describe(value), "write the value in double quotes");
    }

    static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    private static ActionDeclarationException problem(String field, String problem, String fix) {
        return new ActionDeclarationException(field, problem, fix);
    }
}
