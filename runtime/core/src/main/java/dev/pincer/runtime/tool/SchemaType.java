package dev.pincer.runtime.tool;

import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The {@code type}s of the argument-schema subset, with the keywords each allows besides the common ones. */
enum SchemaType {
    OBJECT("an object", Set.of("properties", "required", "additionalProperties")),
    STRING("a string", Set.of("enum", "minLength", "maxLength", "pattern")),
    INTEGER("an integer", Set.of("enum", "minimum", "maximum")),
    NUMBER("a number", Set.of("enum", "minimum", "maximum")),
    BOOLEAN("a boolean", Set.of("enum")),
    ARRAY("an array", Set.of("items"));

    /** Keywords every type allows. */
    static final Set<String> COMMON = Set.of("type", "description");

    private final String article;
    private final Set<String> keywords;

    SchemaType(String article, Set<String> keywords) {
        this.article = article;
        this.keywords = keywords;
    }

    /** The type as a schema writes it: {@code object}, {@code string}, … */
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type in words with its article, for messages: {@code an integer}. */
    String article() {
        return article;
    }

    /** True if this type allows {@code keyword}. */
    boolean allows(String keyword) {
        return COMMON.contains(keyword) || keywords.contains(keyword);
    }

    /** The keywords this type allows, sorted, for messages. */
    String allowedKeywords() {
        TreeSet<String> all = new TreeSet<>(keywords);
        all.addAll(COMMON);
        return String.join(", ", all);
    }

    /** True if {@code value} is of this type; a number without a fraction counts as an integer. */
    boolean matches(dev.pincer.spi.json.Json value) {
        return switch (this) {
            case OBJECT -> value instanceof JsonObject;
            case STRING -> value instanceof JsonString;
            case INTEGER -> value instanceof JsonNumber n && isWhole(n);
            case NUMBER -> value instanceof JsonNumber;
            case BOOLEAN -> value instanceof JsonBoolean;
            case ARRAY -> value instanceof JsonArray;
        };
    }

    static boolean isWhole(JsonNumber number) {
        return number.value().signum() == 0 || number.value().stripTrailingZeros().scale() <= 0;
    }

    /** The type a schema names, if it is one of the subset's. */
    static Optional<SchemaType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
    }

    /** The valid type names, for messages. */
    static String choices() {
        return Arrays.stream(values()).map(SchemaType::wireName).collect(Collectors.joining(", "));
    }
}
