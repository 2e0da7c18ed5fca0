package dev.pincer.spi;

import java.time.Duration;
import java.util.Objects;

/** What the runtime should do after one {@link Channel#receive} round. */
public sealed interface ReceiveResult {

    /** Call {@code receive} again right away. */
    record Continue() implements ReceiveResult {}

    /**
     * Something transient went wrong; the runtime records {@code reason} as the channel's last problem
     * and calls {@code receive} again after {@code delay}.
     */
    record RetryAfter(Duration delay, String reason) implements ReceiveResult {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, was " + delay);
            }
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * The channel cannot go on (for example, its credentials were revoked); the runtime stops it and
     * reports {@code reason} to the owner.
     */
    record Stop(String reason) implements ReceiveResult {
        public Stop {
            Checks.notBlank(reason, "reason");
        }
    }

    /** Call {@code receive} again right away. */
    static ReceiveResult idle() {
        return new Continue();
    }

    /** Call again after {@code delay}, recording {@code reason}. */
    static ReceiveResult retryAfter(Duration delay, String reason) {
        return new RetryAfter(delay, reason);
    }

    /** Stop the channel and report {@code reason}. */
    static ReceiveResult stop(String reason) {
        return new Stop(reason);
    }
}
