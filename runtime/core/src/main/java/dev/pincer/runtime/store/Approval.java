package dev.pincer.runtime.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request for the owner's approval of one exact action.
 *
 * @param code the short code the owner answers with, such as {@code K7Q2XM}
 * @param hash the SHA-256 of the canonical action, which binds the approval to it
 * @param action the canonical action as JSON, to run exactly once approved
 * @param origin the conversation of the task that asked
 * @param reason why the owner is asked
 * @param status where the request stands
 * @param requestedAt when it was asked
 * @param expiresAt when silence turns it into a denial
 * @param decidedAt when it left {@link ApprovalStatus#PENDING}
 */
public record Approval(String code, String hash, String action, ConversationRef origin, String reason,
        ApprovalStatus status, Instant requestedAt, Instant expiresAt, Optional<Instant> decidedAt) {
    public Approval {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
