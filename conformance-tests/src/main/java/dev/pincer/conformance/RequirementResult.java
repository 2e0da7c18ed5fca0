package dev.pincer.conformance;

import dev.pincer.conformance.spec.Requirement;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one requirement, with the checks that judged it.
 *
 * @param requirement the requirement, as parsed from its spec
 * @param status pass, fail or not tested
 * @param checks the names of the checks that ran for it
 * @param failures what broke it; empty unless {@code status} is {@link Status#FAIL}
 */
public record RequirementResult(Requirement requirement, Status status, List<String> checks, List<Failure> failures) {
    public RequirementResult {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(status, "status");
        checks = List.copyOf(checks);
        failures = List.copyOf(failures);
    }
}
