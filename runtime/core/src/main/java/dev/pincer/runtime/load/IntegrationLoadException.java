package dev.pincer.runtime.load;

/** An integration compiled but could not be instantiated; the message says what to change. */
public final class IntegrationLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IntegrationLoadException(String message) {
        super(message);
    }

    IntegrationLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
