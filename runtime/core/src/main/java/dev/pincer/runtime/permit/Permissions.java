package dev.pincer.runtime.permit;

import dev.pincer.runtime.audit.AuditLog;
import dev.pincer.runtime.context.EgressGate;
import dev.pincer.runtime.guard.GuardChain;
import dev.pincer.runtime.guard.GuardResult;
import dev.pincer.runtime.policy.Outcome;
import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.policy.PolicyDecision;
import dev.pincer.runtime.policy.PolicyRequest;
import dev.pincer.runtime.policy.Principal;
import dev.pincer.runtime.route.Approvals;
import dev.pincer.runtime.route.Decision;
import dev.pincer.runtime.route.DecisionPoint;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.Router;
import dev.pincer.runtime.route.SendRecorder;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.tool.Amount;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.ToolOutcome;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The owner's permissions at the decision point: each proposed action is decided by the policy (grants, budgets,
 * taint) and the guards, the strictest verdict wins, the decision is on disk in the audit log before it is returned,
 * and an action that needs the owner's approval is put to them.
 *
 * <p>Lifecycle: {@link #create}, give it to the agent and the router as their decision point, {@link #connect} the
 * router, and call {@link #expireApprovals} now and then. Thread-safe: decisions are serialised, so that a budget is
 * checked and charged as one step.
 */
public final class Permissions implements DecisionPoint, Approvals {
    private final Policy policy;
    private final GuardChain guards;
    private final StoreLedger ledger;
    private final AuditTrail audit;
    private final Clock clock;
    private final Function<ProposedAction.InvokeTool, Optional<Amount>> prices;
    private final Taint taint;
    private final ApprovalDesk desk;

    private Permissions(Policy policy, GuardChain guards, Store store, AuditTrail audit, Clock clock,
            Function<ProposedAction.InvokeTool, Optional<Amount>> prices, RandomGenerator random) {
        this.policy = policy;
        this.guards = guards;
        this.ledger = new StoreLedger(store);
        this.audit = audit;
        this.clock = clock;
        this.prices = prices;
        this.taint = new Taint(policy, store, audit, clock);
        this.desk = new ApprovalDesk(policy, store, audit, clock, random, this::recheck, taint);
    }

    /**
     * Permissions that decide by {@code policy} and {@code guards} and write to {@code auditLog}.
     *
     * @param prices the amount a spend action declares, from its manifest, for budgets
     * @param random draws the codes of approval requests
     */
    public static Permissions create(Policy policy, GuardChain guards, Store store, AuditLog auditLog, Clock clock,
            Function<ProposedAction.InvokeTool, Optional<Amount>> prices, RandomGenerator random) {
        return new Permissions(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(guards, "guards"),
                Objects.requireNonNull(store, "store"), new AuditTrail(Objects.requireNonNull(auditLog, "auditLog")),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(prices, "prices"),
                Objects.requireNonNull(random, "random"));
    }

    /**
     * Sends approval requests and approved replies through {@code router}, and delivers approvals' outcomes.
     *
     * @param channels the channels the router sends through; if the policy's approvals chat is on none of them,
     *     every action that needs approval is denied instead
     */
    public void connect(Router router, Set<String> channels) {
        desk.connect(Objects.requireNonNull(router, "router"), Set.copyOf(channels));
    }

    /** What records every outbound send in the audit log, for the router. */
    public SendRecorder sendRecorder() {
        return audit;
    }

    @Override
    public synchronized Decision decide(ProposedAction action) {
        Objects.requireNonNull(action, "action");
        Requests.Proposed proposed = proposed(action);
        PolicyDecision decided = policy.decide(proposed.request(), ledger, clock.instant());
        Verdict verdict = Verdict.of(decided);
        if (decided.outcome() != Outcome.DENY) {
            verdict = verdict.strictest(Verdict.of(guards.inspect(proposed.guardAction())));
        }
        audit.decision(proposed.auditData(), verdict.outcome().name().toLowerCase(Locale.ROOT), verdict.rule(),
                verdict.reason());
        return switch (verdict.outcome()) {
            case ALLOW -> {
                charge(decided);
                yield new Decision.Allow();
            }
            case ASK -> desk.reachable()
                    ? new Decision.Ask(desk.ask(action, verdict.reason() + " (" + verdict.rule() + ")"), verdict.reason())
                    : new Decision.Deny(verdict.reason() + " (" + verdict.rule() + "), and the owner cannot be asked: "
                            + "owner.approvals names " + policy.approvalChat() + ", which does not run");
            case DENY -> new Decision.Deny(verdict.reason() + " (" + verdict.rule() + ")");
        };
    }

    @Override
    public void toolCalling(ProposedAction.InvokeTool action, String invocationId) {
        audit.toolCall(action.integration(), action.action(), invocationId, action.resource());
    }

    @Override
    public void toolReturned(ProposedAction.InvokeTool action, String invocationId, ToolOutcome outcome) {
        audit.toolResult(action.integration(), action.action(), invocationId, outcome);
        taint.afterResult(action);
    }

    @Override
    public Answer answer(TaskOrigin origin, InboundMessage message) {
        return desk.answer(origin, message);
    }

    @Override
    public String ran(String code, ProposedAction.InvokeTool action, ToolOutcome outcome) {
        audit.toolResult(action.integration(), action.action(), new Answer.RunTool(code, action).invocationId(), outcome);
        taint.afterResult(action);
        return desk.ran(code, action, outcome);
    }

    /** Denies every approval request whose time is up, and tells the conversations that asked; returns how many. */
    public int expireApprovals() {
        return desk.expire();
    }

    /** The gate for {@code integration}'s egress: the policy's egress rules, each request in the audit log. */
    public EgressGate egressGate(String integration) {
        Objects.requireNonNull(integration, "integration");
        return (method, host, path) -> {
            PolicyDecision decided = policy.decide(PolicyRequest.egress(integration, host, Principal.owner()),
                    ledger, clock.instant());
            boolean allowed = decided.outcome() == Outcome.ALLOW;
            audit.egress(integration, method, host, path, allowed ? "allow" : "deny", decided.rule());
            return allowed ? Optional.empty() : Optional.of(decided.reason() + " (" + decided.rule() + ")");
        };
    }

    /**
     * An action the owner approved, decided again before it runs: the policy only (a rule or budget may have
     * changed since), charged if it goes ahead.
     *
     * @return empty to go ahead, or why it is refused now
     */
    private synchronized Optional<String> recheck(ProposedAction action) {
        PolicyDecision decided = policy.decide(proposed(action).request(), ledger, clock.instant());
        if (decided.outcome() == Outcome.DENY) {
            return Optional.of(decided.reason() + " (" + decided.rule() + ")");
        }
        charge(decided);
        return Optional.empty();
    }

    /** The action as the policy, the guards and the audit log see it, for whom it is done, and whether it is tainted. */
    private Requests.Proposed proposed(ProposedAction action) {
        TaskOrigin origin = ActionRecord.origin(action);
        Principal principal = taint.principal(origin);
        return Requests.of(action, principal, taint.check(origin, principal), prices);
    }

    private void charge(PolicyDecision decided) {
        decided.charges().forEach(charge -> ledger.charge(charge.budget(), charge.amount(), clock.instant()));
    }

    /** The strictest of the policy's decision and the guards' verdicts, with what made it. */
    private record Verdict(Outcome outcome, String rule, String reason) {
        static Verdict of(PolicyDecision decided) {
            return new Verdict(decided.outcome(), decided.rule(), decided.reason());
        }

        static Verdict of(GuardResult result) {
            Outcome outcome = switch (result.level()) {
                case ALLOW -> Outcome.ALLOW;
                case ASK -> Outcome.ASK;
                case DENY -> Outcome.DENY;
            };
            return new Verdict(outcome, "guard " + result.guard(), result.reason());
        }

        Verdict strictest(Verdict other) {
            return other.outcome.compareTo(outcome) > 0 ? other : this;
        }
    }
}
