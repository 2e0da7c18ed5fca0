package dev.pincer.conformance.check;

import java.util.Objects;

/**
 * What one check concluded about one requirement.
 *
 * @param requirementId the requirement judged
 * @param passed whether the integration met it in this check
 * @param expected what the check required, in observable terms
 * @param observed what the integration did; for a pass, a short confirmation
 */
public record Verdict(String requirementId, boolean passed, String expected, String observed) {
    public Verdict {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(observed, "observed");
    }
}
