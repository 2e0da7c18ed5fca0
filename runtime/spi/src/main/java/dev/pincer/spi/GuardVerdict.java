package dev.pincer.spi;

/**
 * What a {@link Guard} concluded about one proposed action: pass, ask the owner, or deny.
 *
 * <p>There is no verdict that widens: {@link Pass} leaves the decision to the owner's policy and the other guards.
 * A reason names the control and what it found, and never repeats secret content.
 */
public sealed interface GuardVerdict {

    /** This guard has no objection. */
    record Pass() implements GuardVerdict {}

    /**
     * The action may go ahead only once the owner approves it.
     *
     * @param reason why, for the owner: the control and what it found; not blank
     */
    record Ask(String reason) implements GuardVerdict {
        public Ask {
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * The action must not go ahead.
     *
     * @param reason why, for the owner and the model: the control and what it found; not blank
     */
    record Deny(String reason) implements GuardVerdict {
        public Deny {
            Checks.notBlank(reason, "reason");
        }
    }

    /** A {@link Pass}. */
    static GuardVerdict pass() {
        return new Pass();
    }

    /**
     * An {@link Ask}.
     *
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    static GuardVerdict ask(String reason) {
        return new Ask(reason);
    }

    /**
     * A {@link Deny}.
     *
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    static GuardVerdict deny(String reason) {
        return new Deny(reason);
    }
}
