package dev.pincer.runtime.route;

import dev.pincer.spi.ToolOutcome;

/**
 * The one place where every outbound message and every tool call is allowed, denied, or put to the owner.
 *
 * <p>Called on the conversation's worker, before anything is committed; it must not block for long. An exception
 * thrown by it counts as a failed processing of the inbound message: nothing is sent, and the message is retried
 * with back-off (fail closed). Thread-safe: conversations are decided in parallel.
 */
@FunctionalInterface
public interface DecisionPoint {

    /** Decides about one proposed action; never {@code null}. */
    Decision decide(ProposedAction action);

    /**
     * Learns that an allowed (or approved) tool call is about to run with {@code invocationId}, before the tool is
     * called, so that a call that never returns is on record. An exception thrown here fails the task like one from
     * {@link #decide}, and the tool is not called.
     */
    default void toolCalling(ProposedAction.InvokeTool action, String invocationId) {}

    /**
     * Learns what an allowed tool call returned, before the model sees it: content from outside the owner taints the
     * task's conversation. An exception thrown here fails the task like one from {@link #decide}.
     */
    default void toolReturned(ProposedAction.InvokeTool action, String invocationId, ToolOutcome outcome) {}

    /** Allows everything: for tests and benchmarks. */
    static DecisionPoint allowAll() {
        return action -> new Decision.Allow();
    }
}
