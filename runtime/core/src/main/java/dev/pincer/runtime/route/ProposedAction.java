package dev.pincer.runtime.route;

import dev.pincer.runtime.tool.Effect;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.json.JsonObject;
import java.util.Objects;

/** Something the assistant is about to do that a {@link DecisionPoint} must allow first. */
public sealed interface ProposedAction {

    /**
     * Send a message through a channel.
     *
     * @param integration the channel that would send it
     * @param message the message, with its idempotency id
     * @param origin the conversation and sender whose inbound message led to it
     */
    record SendMessage(String integration, OutboundMessage message, TaskOrigin origin) implements ProposedAction {
        public SendMessage {
            Objects.requireNonNull(integration, "integration");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * Run one action of a tool.
     *
     * @param integration the tool integration, or {@code pincer} for a tool built into the runtime
     * @param action the action's name
     * @param arguments the arguments, valid against the action's schema
     * @param effect what the action does, as declared
     * @param resource what it touches, the declared template filled from the arguments
     * @param origin the conversation and sender whose inbound message led to it
     */
    record InvokeTool(String integration, String action, JsonObject arguments, Effect effect, String resource,
            TaskOrigin origin) implements ProposedAction {
        public InvokeTool {
            Objects.requireNonNull(integration, "integration");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(arguments, "arguments");
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(origin, "origin");
        }
    }
}
