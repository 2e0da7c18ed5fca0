package dev.pincer.runtime.vet;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Thrown when a class or an integration is refused by vetting; the message lists every finding. */
public final class ConfinementException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /** A refusal of {@code subject} (a class or integration name) for these findings. */
    public ConfinementException(String subject, List<Finding> findings) {
        super(message(Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(findings, "findings")));
        this.findings = List.copyOf(findings);
    }

    /** The findings that caused the refusal. */
    public List<Finding> findings() {
        return findings;
    }

    private static String message(String subject, List<Finding> findings) {
        return subject + " is refused by confinement vetting (specs/confinement.md):" + findings.stream()
                .map(finding -> "\n  " + finding.ruleId() + " " + finding.location() + ": " + finding.message() + " (" + finding.hint() + ")")
                .collect(Collectors.joining());
    }
}
