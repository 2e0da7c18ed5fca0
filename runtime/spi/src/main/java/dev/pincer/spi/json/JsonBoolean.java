package dev.pincer.spi.json;

/** A JSON boolean. */
public record JsonBoolean(boolean value) implements Json {
    static final JsonBoolean TRUE = new JsonBoolean(true);
    static final JsonBoolean FALSE = new JsonBoolean(false);

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
