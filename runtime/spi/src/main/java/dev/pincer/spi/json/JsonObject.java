package dev.pincer.spi.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A JSON object whose members keep their order.
 *
 * <p>The typed readers ({@link #string}, {@link #longValue}, …) throw a {@link JsonException} that
 * names the member and what was found, so a malformed payload gives a clear message.
 */
public record JsonObject(Map<String, Json> members) implements Json {
    public JsonObject {
        Objects.requireNonNull(members, "members");
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** The member called {@code name}, if present (a JSON {@code null} is present). */
    public Optional<Json> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /** True if a member called {@code name} is present and not {@code null}. */
    public boolean has(String name) {
        Json value = members.get(name);
        return value != null && !(value instanceof JsonNull);
    }

    /** The string member {@code name}. */
    public String string(String name) {
        return require(name, JsonString.class).value();
    }

    /** The string member {@code name}, if present and not null. */
    public Optional<String> optString(String name) {
        return optional(name, JsonString.class).map(JsonString::value);
    }

    /** The whole-number member {@code name}. */
    public long longValue(String name) {
        return require(name, JsonNumber.class).longValue();
    }

    /** The whole-number member {@code name}, if present and not null. */
    public Optional<Long> optLong(String name) {
        return optional(name, JsonNumber.class).map(JsonNumber::longValue);
    }

    /** The number member {@code name}, if present and not null. */
    public Optional<BigDecimal> optNumber(String name) {
        return optional(name, JsonNumber.class).map(JsonNumber::value);
    }

    /** The boolean member {@code name}. */
    public boolean bool(String name) {
        return require(name, JsonBoolean.class).value();
    }

    /** The boolean member {@code name}, if present and not null. */
    public Optional<Boolean> optBool(String name) {
        return optional(name, JsonBoolean.class).map(JsonBoolean::value);
    }

    /** The object member {@code name}. */
    public JsonObject object(String name) {
        return require(name, JsonObject.class);
    }

    /** The object member {@code name}, if present and not null. */
    public Optional<JsonObject> optObject(String name) {
        return optional(name, JsonObject.class);
    }

    /** The array member {@code name}. */
    public JsonArray array(String name) {
        return require(name, JsonArray.class);
    }

    /** The array member {@code name}, if present and not null. */
    public Optional<JsonArray> optArray(String name) {
        return optional(name, JsonArray.class);
    }

    private <T extends Json> T require(String name, Class<T> type) {
        Json value = members.get(name);
        if (value == null) {
            throw new JsonException("missing member '" + name + "'; members present: " + members.keySet());
        }
        return cast(name, value, type);
    }

    private <T extends Json> Optional<T> optional(String name, Class<T> type) {
        Json value = members.get(name);
        if (value == null || value instanceof JsonNull) {
            return Optional.empty();
        }
        return Optional.of(cast(name, value, type));
    }

    private static <T extends Json> T cast(String name, Json value, Class<T> type) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        String expected = switch (type.getSimpleName()) {
            case "JsonString" -> "a string";
            case "JsonNumber" -> "a number";
            case "JsonBoolean" -> "a boolean";
            case "JsonObject" -> "an object";
            default -> "an array";
        };
        throw new JsonException("member '" + name + "' should be " + expected + " but is " + value.kind() + ": " + value);
    }

    @Override
    public String toString() {
        return members.entrySet().stream()
                .map(e -> JsonPrinter.quote(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Builds a {@link JsonObject}; members keep the order they were put in. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Json> members = new LinkedHashMap<>();

        Builder() {}

        public Builder put(String name, Json value) {
            members.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder put(String name, String value) {
            return put(name, Json.of(value));
        }

        public Builder put(String name, long value) {
            return put(name, Json.of(value));
        }

        public Builder put(String name, boolean value) {
            return put(name, Json.of(value));
        }

        public JsonObject build() {
            return new JsonObject(members);
        }
    }
}
