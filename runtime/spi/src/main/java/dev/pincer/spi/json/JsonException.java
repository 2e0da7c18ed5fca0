package dev.pincer.spi.json;

/** Malformed JSON, or JSON without the shape the reader expected. The message says where and what. */
public final class JsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message);
    }
}
