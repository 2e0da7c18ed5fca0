package dev.pincer.runtime.policy;

import java.util.List;
import java.util.Objects;

/**
 * What the policy decided about one proposed action.
 *
 * @param outcome allow, ask or deny
 * @param rule where it came from: {@code policy.yaml:14: deny gmail.send}, {@code default deny},
 *     {@code default allow (egress)}, {@code taint}, {@code budget daily-spend} or {@code built-in: ask *.write}
 * @param reason the decision in a sentence, for the owner and the audit log
 * @param charges what to record in the ledger if the action goes ahead; empty for a denial
 */
public record PolicyDecision(Outcome outcome, String rule, String reason, List<Charge> charges) {
    /** Rejects nulls; copies the charges. */
    public PolicyDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        charges = List.copyOf(charges);
    }
}
