package dev.pincer.spi;

/**
 * Thrown by an integration that cannot go on; its message is shown to the owner after redaction.
 *
 * <p>Write the message for the owner: say what failed and how to fix it.
 */
public class IntegrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IntegrationException(String message) {
        super(message);
    }

    public IntegrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
