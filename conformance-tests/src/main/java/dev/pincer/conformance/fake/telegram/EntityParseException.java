package dev.pincer.conformance.fake.telegram;

/** TDLib's complaint about markup, e.g. {@code Character '.' is reserved and must be escaped with the preceding '\'}. */
final class EntityParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EntityParseException(String message) {
        super(message, null, false, false);
    }

    static EntityParseException reserved(int character) {
        return new EntityParseException(
                "Character '" + (char) character + "' is reserved and must be escaped with the preceding '\\'");
    }
}
