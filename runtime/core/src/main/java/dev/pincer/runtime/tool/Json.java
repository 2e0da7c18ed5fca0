package dev.pincer.runtime.tool;

import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;

/** How JSON values are shown in messages: quoted, and shortened when long. */
final class Json {
    private static final int LONGEST_SHOWN = 60;

    private Json() {}

    /** The text as a JSON string literal, shortened in the middle when long. */
    static String quote(String text) {
        return shorten(new JsonString(text).toString());
    }

    /** The value in words with its JSON form: {@code the string "5"}, {@code the number 1.5}, {@code an object}. */
    static String describe(dev.pincer.spi.json.Json value) {
        return switch (value) {
            case JsonString s -> "the string " + shorten(s.toString());
            case JsonNumber n -> "the number " + n.value().toPlainString();
            case JsonBoolean b -> b.toString();
            case JsonNull n -> "null";
            case JsonObject o -> "an object";
            case JsonArray a -> "an array";
        };
    }

    /** The value's JSON form, shortened in the middle when long. */
    static String show(dev.pincer.spi.json.Json value) {
        return shorten(value instanceof JsonNumber n ? n.value().toPlainString() : value.toString());
    }

    private static String shorten(String text) {
        if (text.length() <= LONGEST_SHOWN) {
            return text;
        }
        int head = LONGEST_SHOWN / 2;
        int tail = text.length() - LONGEST_SHOWN / 2;
        if (Character.isHighSurrogate(text.charAt(head - 1))) {
            head--; // never show half of a surrogate pair
        }
        if (Character.isLowSurrogate(text.charAt(tail))) {
            tail++;
        }
        return text.substring(0, head) + "…" + text.substring(tail);
    }
}
