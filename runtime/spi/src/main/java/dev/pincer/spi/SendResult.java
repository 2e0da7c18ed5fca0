package dev.pincer.spi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The outcome of {@link Channel#send}. */
public sealed interface SendResult {

    /**
     * The whole message was delivered.
     *
     * @param platformMessageIds the platform's ids of the delivered parts, in order
     */
    record Delivered(List<String> platformMessageIds) implements SendResult {
        public Delivered {
            platformMessageIds = List.copyOf(platformMessageIds);
            if (platformMessageIds.isEmpty()) {
                throw new IllegalArgumentException("platformMessageIds must name at least one delivered part");
            }
        }
    }

    /**
     * Not (entirely) delivered yet; the runtime should call {@code send} again with the same message after
     * {@code delay}. Used when the platform asks for a wait longer than a channel should block for.
     */
    record RetryLater(Duration delay, String reason) implements SendResult {
        public RetryLater {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, was " + delay);
            }
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * Delivery failed for good: the platform refused the message, or retries ran out.
     *
     * @param reason what went wrong, with the platform's own description when there is one
     */
    record Failed(String reason) implements SendResult {
        public Failed {
            Checks.notBlank(reason, "reason");
        }
    }
}
