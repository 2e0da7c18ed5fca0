package dev.pincer.runtime.run;

/** The run configuration cannot be used; the message names the file, line, field and what would be valid. */
public final class RunConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message for the owner. */
    public RunConfigException(String message) {
        super(message);
    }
}
