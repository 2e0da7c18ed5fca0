package dev.pincer.runtime.policy;

/**
 * A policy file cannot be used; the message names the file, line, column, the field, the bad value and what would
 * be valid, such as {@code policy.yaml:12:5: rules[3].allow: "emial" is not a pattern; …}.
 */
public final class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PolicyException(String message) {
        super(message);
    }
}
