package dev.pincer.runtime.store;

import dev.pincer.spi.OutboundMessage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An outbound message in the outbox, with its delivery state.
 *
 * @param id the store's id, for {@link Store#recordAttempt}
 * @param integration the channel that sends it
 * @param message the message; its id is the idempotency key
 * @param status pending, delivered or dead
 * @param attempts how many sends were recorded
 * @param enqueuedAt when it was enqueued
 * @param nextAttemptAt when it may be sent (again); meaningful while pending
 * @param lastError the reason of the last failed or postponed attempt, if any
 * @param platformMessageIds the platform's ids once delivered; empty before
 * @param finishedAt when it was delivered or dead-lettered
 */
public record OutboxEntry(
        long id,
        String integration,
        OutboundMessage message,
        OutboxStatus status,
        int attempts,
        Instant enqueuedAt,
        Instant nextAttemptAt,
        Optional<String> lastError,
        List<String> platformMessageIds,
        Optional<Instant> finishedAt) {
    public OutboxEntry {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lastError, "lastError");
        platformMessageIds = List.copyOf(platformMessageIds);
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** The conversation this message goes to. */
    public ConversationRef conversation() {
        return new ConversationRef(integration, message.conversation());
    }
}
