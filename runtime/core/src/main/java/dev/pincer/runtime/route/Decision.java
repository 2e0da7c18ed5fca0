package dev.pincer.runtime.route;

import java.util.Objects;

/**
 * What a {@link DecisionPoint} decided about a {@link ProposedAction}.
 *
 * <p>Sealed so that a new outcome (asking the owner, with the permissions work) makes every switch over it
 * fail to compile until it is handled.
 */
public sealed interface Decision {

    /** Go ahead. */
    record Allow() implements Decision {}

    /**
     * Do not do it; the reason is kept in the conversation's history.
     *
     * @param reason why, for the owner and the model; not blank
     */
    record Deny(String reason) implements Decision {
        public Deny {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a denial needs a reason the owner can read; it was blank");
            }
        }
    }
}
