package dev.pincer.runtime.permit;

import dev.pincer.runtime.policy.Policy;
import dev.pincer.runtime.policy.Principal;
import dev.pincer.runtime.route.ProposedAction;
import dev.pincer.runtime.route.TaskOrigin;
import dev.pincer.runtime.route.Turns;
import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Store;
import java.time.Clock;

/**
 * Which conversations have read content from outside the owner, kept in the store until the owner lifts it.
 *
 * <p>A conversation is tainted by a message from anyone but the owner, and by the result of a tool call the policy
 * does not {@code trust}. The runtime's own messages (scheduled tasks, the outcome of an approval) neither taint nor
 * lift it; they act for the owner.
 */
final class Taint {
    /** The integration name of the runtime's own tool, whose results are the runtime's words. */
    private static final String RUNTIME_TOOL = "pincer";

    private final Policy policy;
    private final Store store;
    private final AuditTrail audit;
    private final Clock clock;

    Taint(Policy policy, Store store, AuditTrail audit, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who the task acts for: the runtime's own messages act for the owner. */
    Principal principal(TaskOrigin origin) {
        if (isRuntime(origin)) {
            return Principal.owner();
        }
        return policy.principalOf(origin.channel(), origin.sender());
    }

    /** Whether the person who wrote is the owner; the runtime's own messages are not. */
    boolean fromOwner(TaskOrigin origin) {
        return !isRuntime(origin) && policy.principalOf(origin.channel(), origin.sender()) instanceof Principal.Owner;
    }

    /**
     * Taints the conversation if someone other than the owner wrote, and says whether it is tainted.
     *
     * @param principal who the task acts for, as {@link #principal} resolved it
     */
    boolean check(TaskOrigin origin, Principal principal) {
        if (store.taintOf(origin.conversation()).isPresent()) {
            return true;
        }
        if (principal instanceof Principal.Owner) {
            return false;
        }
        mark(origin.conversation(), "a message from " + principal + " (" + origin.channel() + ":" + origin.sender() + ")");
        return true;
    }

    /** Taints the task's conversation with a tool result the policy does not trust. */
    void afterResult(ProposedAction.InvokeTool action) {
        if (!action.integration().equals(RUNTIME_TOOL) && !policy.trusts(action.integration(), action.action())) {
            mark(action.origin().conversation(), "the result of " + action.integration() + "." + action.action()
                    + " on " + action.resource());
        }
    }

    /** Lifts the conversation's taint; false if it was not tainted. */
    boolean lift(ConversationRef conversation, String by) {
        boolean lifted = store.liftTaint(conversation);
        if (lifted) {
            audit.taintLifted(conversation, by);
        }
        return lifted;
    }

    private void mark(ConversationRef conversation, String source) {
        if (store.taint(conversation, source, clock.instant())) {
            audit.taint(conversation, source);
        }
    }

    private static boolean isRuntime(TaskOrigin origin) {
        return origin.sender().equals(Turns.SCHEDULED_TASK_SENDER);
    }
}
