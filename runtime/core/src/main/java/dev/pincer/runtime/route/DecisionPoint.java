package dev.pincer.runtime.route;

/**
 * The one place where every outbound message (and, later, every tool call) is allowed or denied.
 *
 * <p>Called on the conversation's worker, before anything is committed; it must not block for long. An exception
 * thrown by it counts as a failed processing of the inbound message: nothing is sent, and the message is retried
 * with back-off (fail closed). Thread-safe: conversations are decided in parallel.
 */
@FunctionalInterface
public interface DecisionPoint {

    /** Decides about one proposed action; never {@code null}. */
    Decision decide(ProposedAction action);

    /** Allows everything: for tests, benchmarks, and until permissions exist. */
    static DecisionPoint allowAll() {
        return action -> new Decision.Allow();
    }
}
