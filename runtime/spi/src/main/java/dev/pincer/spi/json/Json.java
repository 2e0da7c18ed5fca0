package dev.pincer.spi.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value.
 *
 * <p>{@link #toString()} prints compact JSON that {@link #parse} reads back to an equal value.
 */
public sealed interface Json permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /**
     * Parses one JSON text.
     *
     * @throws JsonException if the text is not valid JSON; the message names the line and column
     */
    static Json parse(String text) {
        return new JsonParser(text).parseDocument();
    }

    /**
     * Parses one JSON text that must be an object.
     *
     * @throws JsonException if the text is not valid JSON or not an object
     */
    static JsonObject parseObject(String text) {
        Json value = parse(text);
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new JsonException("expected a JSON object but the text is " + value.kind());
    }

    /** A JSON string. */
    static JsonString of(String value) {
        return new JsonString(value);
    }

    /** A JSON number. */
    static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    /** A JSON boolean. */
    static JsonBoolean of(boolean value) {
        return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
    }

    /** A JSON array of these values. */
    static JsonArray array(List<? extends Json> values) {
        return new JsonArray(List.copyOf(values));
    }

    /** A JSON object with these members, in the map's iteration order. */
    static JsonObject object(Map<String, ? extends Json> members) {
        return new JsonObject(new java.util.LinkedHashMap<>(members));
    }

    /** A builder for a JSON object. */
    static JsonObject.Builder object() {
        return new JsonObject.Builder();
    }

    /** What kind of value this is, in words: {@code "an object"}, {@code "a string"}, … */
    default String kind() {
        return switch (this) {
            case JsonObject o -> "an object";
            case JsonArray a -> "an array";
            case JsonString s -> "a string";
            case JsonNumber n -> "a number";
            case JsonBoolean b -> "a boolean";
            case JsonNull n -> "null";
        };
    }
}
