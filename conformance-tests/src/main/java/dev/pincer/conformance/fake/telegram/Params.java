package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed, lenient access to request parameters, reading them the way the Bot API server does.
 *
 * <p>Every value is first seen as the string the server would receive: query and form values as sent, JSON
 * numbers and booleans as their text, nested JSON objects and arrays as JSON text. An empty value counts as absent.
 */
record Params(JsonObject values) {

    Params {
        Objects.requireNonNull(values, "values");
    }

    /** The parameter as text, if present and not empty. */
    Optional<String> string(String name) {
        Json value = values.members().get(name);
        if (value == null || value instanceof JsonNull) {
            return Optional.empty();
        }
        String text = switch (value) {
            case JsonString s -> s.value();
            case JsonNumber n -> n.value().toPlainString();
            case JsonBoolean b -> Boolean.toString(b.value());
            case JsonObject o -> o.toString();
            case JsonArray a -> a.toString();
            case JsonNull n -> "";
        };
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The parameter as an integer, parsed like the server's {@code to_integer}: optional sign, then the leading
     * digits; anything else gives 0. Absent gives {@code defaultValue}. The result is clamped to [min, max].
     */
    long integer(String name, long defaultValue, long min, long max) {
        long value = string(name).map(Params::leadingInteger).orElse(defaultValue);
        return Math.max(min, Math.min(max, value));
    }

    /** True for {@code true} or a non-zero integer, as the server reads booleans. */
    boolean bool(String name) {
        return string(name).map(s -> s.equalsIgnoreCase("true") || leadingInteger(s) != 0).orElse(false);
    }

    /**
     * The parameter as a JSON object: a nested object in a JSON body, or JSON text in a query or form.
     *
     * @throws ApiError 400 naming {@code what} when the text is not a JSON object
     */
    Optional<JsonObject> object(String name, String what) {
        Json value = values.members().get(name);
        if (value instanceof JsonObject object) {
            return Optional.of(object);
        }
        Optional<String> text = string(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.parseObject(text.get()));
        } catch (JsonException e) {
            throw ApiError.badRequest("can't parse " + what + " JSON object");
        }
    }

    /** The parameter as a list of strings: a JSON array in a body, or JSON array text in a query or form. */
    Optional<List<String>> stringList(String name) {
        Json value = values.members().get(name);
        if (!(value instanceof JsonArray)) {
            Optional<String> text = string(name);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                value = Json.parse(text.get());
            } catch (JsonException e) {
                return Optional.empty();
            }
        }
        if (!(value instanceof JsonArray array)) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>();
        for (Json element : array) {
            if (element instanceof JsonString s) {
                strings.add(s.value());
            }
        }
        return Optional.of(strings);
    }

    static long leadingInteger(String text) {
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            if (value > (Long.MAX_VALUE - 9) / 10) {
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            value = value * 10 + (s.charAt(i) - '0');
            i++;
        }
        return negative ? -value : value;
    }
}
