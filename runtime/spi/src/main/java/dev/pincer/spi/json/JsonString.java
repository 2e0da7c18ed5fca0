package dev.pincer.spi.json;

import java.util.Objects;

/** A JSON string. */
public record JsonString(String value) implements Json {
    public JsonString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return JsonPrinter.quote(value);
    }
}
