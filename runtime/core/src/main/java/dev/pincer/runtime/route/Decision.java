package dev.pincer.runtime.route;

import java.util.Objects;

/**
 * What a {@link DecisionPoint} decided about a {@link ProposedAction}.
 *
 * <p>Sealed so that a new outcome makes every switch over it fail to compile until it is handled.
 */
public sealed interface Decision {

    /** Go ahead. */
    record Allow() implements Decision {}

    /**
     * Not now: the owner has been asked, and the action happens only if they approve it by its code.
     *
     * @param code the code of the approval request the owner was sent
     * @param reason why the owner is asked, for the owner and the model; not blank
     */
    record Ask(String code, String reason) implements Decision {
        public Ask {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
            if (code.isBlank() || reason.isBlank()) {
                throw new IllegalArgumentException("a request for approval needs a code and a reason, was '" + code
                        + "' / '" + reason + "'");
            }
        }
    }

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
