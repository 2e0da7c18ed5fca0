package dev.pincer.spi.json;

/** The JSON {@code null}. */
public record JsonNull() implements Json {
    /** The only value needed. */
    public static final JsonNull INSTANCE = new JsonNull();

    @Override
    public String toString() {
        return "null";
    }
}
