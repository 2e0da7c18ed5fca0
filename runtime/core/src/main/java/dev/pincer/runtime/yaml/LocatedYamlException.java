package dev.pincer.runtime.yaml;

/**
 * A YAML document cannot be read: not YAML, a key given twice, or the file cannot be opened.
 *
 * <p>The message starts with {@code source:line:column} when the place is known; readers wrap it in their own
 * exception type, keeping the message.
 */
public final class LocatedYamlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LocatedYamlException(String message) {
        super(message);
    }
}
