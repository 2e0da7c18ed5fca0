package dev.pincer.runtime.store;

import dev.pincer.spi.InboundMessage;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An inbound message the store accepted and the agent has not yet finished with.
 *
 * @param id the store's id, for {@link Store#markProcessed}; increases in arrival order
 * @param integration the integration that delivered it
 * @param message the message as delivered (times kept to the microsecond)
 * @param receivedAt when the store accepted it
 * @param failures how many times processing it was recorded as failed
 * @param lastError the reason of the last recorded failure, if any
 */
public record InboxEntry(
        long id, String integration, InboundMessage message, Instant receivedAt, int failures,
        Optional<String> lastError) {
    public InboxEntry {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative, was " + failures);
        }
        Objects.requireNonNull(lastError, "lastError");
    }

    /** The conversation this message belongs to. */
    public ConversationRef conversation() {
        return new ConversationRef(integration, message.conversation());
    }
}
