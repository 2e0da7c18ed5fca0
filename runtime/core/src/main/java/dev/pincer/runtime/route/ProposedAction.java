package dev.pincer.runtime.route;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.spi.OutboundMessage;
import java.util.Objects;

/** Something the assistant is about to do that a {@link DecisionPoint} must allow first. */
public sealed interface ProposedAction {

    /**
     * Send a message through a channel.
     *
     * @param integration the channel that would send it
     * @param message the message, with its idempotency id
     * @param origin the conversation whose inbound message led to it
     */
    record SendMessage(String integration, OutboundMessage message, ConversationRef origin) implements ProposedAction {
        public SendMessage {
            Objects.requireNonNull(integration, "integration");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(origin, "origin");
        }
    }
}
