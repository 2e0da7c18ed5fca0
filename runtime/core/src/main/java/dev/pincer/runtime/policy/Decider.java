package dev.pincer.runtime.policy;

import dev.pincer.runtime.tool.Effect;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The decision procedure of {@link Policy#decide}: rules, then taint, then budgets. */
final class Decider {
    static final String DEFAULT_DENY = "default deny";
    static final String DEFAULT_ALLOW_EGRESS = "default allow (egress)";
    static final String TAINT = "taint";

    private Decider() {}

    static PolicyDecision decide(Policy policy, PolicyRequest request, BudgetLedger ledger, Instant now) {
        RuleEntry rule = policy.rules().decide(request);
        Outcome outcome;
        String label;
        String reason;
        if (rule != null) {
            outcome = rule.outcome();
            label = rule.label();
            reason = rule.reason();
        } else if (request.kind() == ActionKind.EGRESS) {
            outcome = Outcome.ALLOW;
            label = DEFAULT_ALLOW_EGRESS;
            reason = "no rule denies " + request.integration() + " connecting to " + request.resource()
                    + ", a host its manifest names";
        } else {
            return new PolicyDecision(Outcome.DENY, DEFAULT_DENY, defaultDenyReason(policy, request), List.of());
        }
        if (outcome == Outcome.ALLOW && taintAsks(request)) {
            outcome = Outcome.ASK;
            label = TAINT;
            reason = "the task has read content that is not trusted, so " + request.name() + " ("
                    + request.effect().orElseThrow().wireName() + ") on " + request.resource()
                    + " needs the owner's approval";
        }
        if (outcome == Outcome.DENY) {
            return new PolicyDecision(outcome, label, reason, List.of());
        }
        List<Charge> charges = List.of();
        for (Budget budget : policy.budgets()) {
            if (!budget.counts(request)) {
                continue;
            }
            Optional<BigDecimal> use = budget.use(request);
            if (use.isEmpty()) {
                return new PolicyDecision(Outcome.DENY, "budget " + budget.name(), request.name() + " spends an "
                        + "unknown amount (its manifest declares no amount), and budget " + budget.name()
                        + " limits spending to " + budget.shown(budget.limit()) + " per " + budget.per(), List.of());
            }
            if (use.get().signum() == 0) {
                continue;
            }
            BigDecimal used = ledger.usedSince(budget.name(), now.minus(budget.window()));
            if (used.add(use.get()).compareTo(budget.limit()) > 0) {
                return new PolicyDecision(Outcome.DENY, "budget " + budget.name(), "budget " + budget.name() + ": "
                        + budget.shown(used) + " used in the last " + budget.per() + ", and this one's "
                        + budget.shown(use.get()) + " would pass the limit of " + budget.shown(budget.limit()),
                        List.of());
            }
            if (charges.isEmpty()) {
                charges = new ArrayList<>(2);
            }
            charges.add(new Charge(budget.name(), use.get()));
        }
        return new PolicyDecision(outcome, label, reason, charges);
    }

    /** A write, delete, send or spend tool call of a tainted task is at least ask; replies are exempt. */
    private static boolean taintAsks(PolicyRequest request) {
        if (request.kind() != ActionKind.TOOL || !request.tainted()) {
            return false;
        }
        Effect effect = request.effect().orElseThrow();
        return switch (effect) {
            case READ -> false;
            case WRITE, DELETE, SEND, SPEND -> true;
        };
    }

    private static String defaultDenyReason(Policy policy, PolicyRequest request) {
        String verb = request.kind() == ActionKind.TOOL ? request.effect().orElseThrow().wireName() : "reply";
        String pattern = request.integration() + "." + verb;
        String who = switch (request.principal()) {
            case Principal.Owner o -> "";
            case Principal.Named named -> " with \"for: [" + named.name() + "]\"";
            case Principal.Stranger s -> " with \"for: [anyone]\"";
        };
        String file = policy.source().equals(Policy.BUILT_IN) ? "policy.yaml" : policy.source();
        return "no rule allows " + pattern + " on " + request.resource() + " for " + request.principal()
                + "; add \"allow: " + pattern + "\"" + who + " to " + file;
    }
}
