package dev.pincer.runtime.tool;

import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Validates a tool action's arguments against its declared JSON Schema, before the tool sees them.
 *
 * <p>The schema is the subset MAN-009 allows: {@code type} (object, string, integer, number, boolean,
 * array), {@code properties}, {@code required}, {@code additionalProperties: false}, {@code enum},
 * {@code minimum}/{@code maximum}, {@code minLength}/{@code maxLength} (in Unicode code points),
 * {@code pattern} (found anywhere in the string unless anchored), {@code items} and {@code description}.
 * Thread-safe; holds no state.
 */
public final class ArgumentSchema {
    private ArgumentSchema() {}

    /**
     * What is wrong with {@code arguments}, one message per problem, such as
     * {@code arguments.repo: "a/b/c" does not match ^[A-Za-z0-9_.-]+$}; empty when they are valid.
     *
     * <p>Paths start at {@code arguments}, with {@code .name} for a property and {@code [i]} for an
     * element. Never throws for bad arguments; a schema outside the subset gives one problem that says so.
     */
    public static List<String> problems(JsonObject schema, JsonObject arguments) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(arguments, "arguments");
        try {
            SchemaRules.checkArguments(schema);
        } catch (ActionDeclarationException e) {
            return List.of("arguments: the action's schema is not valid (" + e.getMessage() + "); no arguments can be checked");
        }
        List<String> problems = new ArrayList<>();
        validate(schema, arguments, "arguments", problems);
        return List.copyOf(problems);
    }

    private static void validate(JsonObject schema, dev.pincer.spi.json.Json value, String path, List<String> problems) {
        SchemaType type = SchemaType.fromWireName(schema.string("type")).orElseThrow();
        if (!type.matches(value)) {
            problems.add(path + ": expected " + type.article() + ", found " + Json.describe(value));
            return;
        }
        schema.optArray("enum").ifPresent(choices -> {
            if (!choices.elements().contains(value) && !containsNumber(choices, value)) {
                problems.add(path + ": " + Json.show(value) + " is not one of "
                        + choices.elements().stream().map(Json::show).collect(Collectors.joining(", ")));
            }
        });
        switch (type) {
            case OBJECT -> validateObject(schema, (JsonObject) value, path, problems);
            case STRING -> validateString(schema, ((JsonString) value).value(), path, problems);
            case INTEGER, NUMBER -> validateNumber(schema, ((JsonNumber) value).value(), path, problems);
            case ARRAY -> {
                JsonObject items = schema.object("items");
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    validate(items, array.get(i), path + "[" + i + "]", problems);
                }
            }
            case BOOLEAN -> { }
        }
    }

    private static void validateObject(JsonObject schema, JsonObject value, String path, List<String> problems) {
        Map<String, dev.pincer.spi.json.Json> properties = schema.optObject("properties").map(JsonObject::members).orElse(Map.of());
        for (dev.pincer.spi.json.Json required : schema.optArray("required").map(JsonArray::elements).orElse(List.of())) {
            String name = ((JsonString) required).value();
            if (!value.members().containsKey(name)) {
                problems.add(path + ": missing required argument \"" + name + "\"");
            }
        }
        boolean closed = schema.optBool("additionalProperties").map(allowed -> !allowed).orElse(false);
        for (Map.Entry<String, dev.pincer.spi.json.Json> member : value.members().entrySet()) {
            String memberPath = path + "." + member.getKey();
            dev.pincer.spi.json.Json propertySchema = properties.get(member.getKey());
            if (propertySchema instanceof JsonObject declared) {
                validate(declared, member.getValue(), memberPath, problems);
            } else if (closed) {
                problems.add(memberPath + ": not a declared argument; declared: " + declared(properties.keySet()));
            }
        }
    }

    private static void validateString(JsonObject schema, String value, String path, List<String> problems) {
        int length = value.codePointCount(0, value.length());
        schema.get("minLength").map(n -> SchemaRules.lengthOf(n, "minLength")).filter(min -> length < min).ifPresent(min ->
                problems.add(path + ": " + Json.quote(value) + " is shorter than " + min + " character" + (min == 1 ? "" : "s")));
        schema.get("maxLength").map(n -> SchemaRules.lengthOf(n, "maxLength")).filter(max -> length > max).ifPresent(max ->
                problems.add(path + ": " + length + " characters is longer than " + max));
        schema.optString("pattern").ifPresent(regex -> {
            try {
                if (!Pattern.compile(regex).matcher(value).find()) {
                    problems.add(path + ": " + Json.quote(value) + " does not match " + regex);
                }
            } catch (PatternSyntaxException e) {
                problems.add(path + ": the schema's pattern " + Json.quote(regex) + " is not a valid regular expression");
            }
        });
    }

    private static void validateNumber(JsonObject schema, BigDecimal value, String path, List<String> problems) {
        schema.optNumber("minimum").filter(min -> value.compareTo(min) < 0).ifPresent(min ->
                problems.add(path + ": " + value.toPlainString() + " is below the minimum " + min.toPlainString()));
        schema.optNumber("maximum").filter(max -> value.compareTo(max) > 0).ifPresent(max ->
                problems.add(path + ": " + value.toPlainString() + " is above the maximum " + max.toPlainString()));
    }

    /** True if {@code value} is a number equal in value to one of {@code choices} ({@code 1.0} equals {@code 1}). */
    private static boolean containsNumber(JsonArray choices, dev.pincer.spi.json.Json value) {
        return value instanceof JsonNumber number && choices.elements().stream()
                .anyMatch(c -> c instanceof JsonNumber n && n.value().compareTo(number.value()) == 0);
    }

    private static String declared(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
