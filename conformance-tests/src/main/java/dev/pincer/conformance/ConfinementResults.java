package dev.pincer.conformance;

import dev.pincer.conformance.spec.Requirement;
import dev.pincer.conformance.spec.Spec;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.vet.Finding;
import dev.pincer.runtime.vet.VetReport;
import java.util.List;
import java.util.Optional;

/**
 * Results for the requirements of {@code specs/confinement.md} that vetting judges per integration:
 * the class, bytecode and source rules. Each fails with the findings that name it.
 *
 * <p>The egress, secret and resource requirements hold for every integration because the runtime
 * enforces them; the runtime's own tests prove them (docs/threat-model.md), and the suite's
 * invariants watch them during every check.
 */
final class ConfinementResults {
    static final String SPEC_ID = "confinement";
    static final String CHECK = "source and bytecode vetting against the allowlist";
    private static final List<String> VETTED_AREAS = List.of("CONF-CLS-", "CONF-BC-", "CONF-SRC-");

    private ConfinementResults() {}

    static List<RequirementResult> of(SpecLibrary specs, VetReport report) {
        return vetted(specs).stream().map(requirement -> {
            List<Failure> failures = report.findings().stream()
                    .filter(f -> f.ruleId().equals(requirement.id()))
                    .map(ConfinementResults::failure)
                    .toList();
            return new RequirementResult(requirement, failures.isEmpty() ? Status.PASS : Status.FAIL, List.of(CHECK), failures);
        }).toList();
    }

    private static Failure failure(Finding finding) {
        return new Failure(CHECK + " (" + finding.stage().name().toLowerCase(java.util.Locale.ROOT) + ")",
                "no use of " + finding.reference() + "; " + finding.hint(),
                finding.location() + ": " + finding.message());
    }

    private static List<Requirement> vetted(SpecLibrary specs) {
        Optional<Spec> spec = specs.specs().stream().filter(s -> s.id().equals(SPEC_ID)).findFirst();
        return spec.map(s -> s.requirements().stream()
                .filter(r -> VETTED_AREAS.stream().anyMatch(area -> r.id().startsWith(area)))
                .toList()).orElse(List.of());
    }
}
