package dev.pincer.conformance;

import java.util.Objects;

/**
 * One observation that broke a requirement.
 *
 * @param check the name of the check that observed it
 * @param expected what the spec demands, in terms the check observes
 * @param observed what the integration did instead
 */
public record Failure(String check, String expected, String observed) {
    public Failure {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(observed, "observed");
    }
}
