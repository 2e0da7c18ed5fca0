package dev.pincer.spi;

import dev.pincer.spi.json.Json;
import java.time.Duration;
import java.util.Objects;

/** The outcome of {@link Tool#invoke}. */
public sealed interface ToolOutcome {

    /**
     * The action ran.
     *
     * @param result what it produced, shown to the model as JSON
     */
    record Done(Json result) implements ToolOutcome {
        public Done {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * The platform is rate limiting or unavailable; the call may be tried again after {@code delay}.
     *
     * @param delay the wait the platform asked for, or the tool's own back-off
     * @param reason what the platform said
     */
    record RetryAfter(Duration delay, String reason) implements ToolOutcome {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, was " + delay);
            }
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * The action failed for good, for example because the resource does not exist or access is refused.
     *
     * @param reason what went wrong, with the platform's own description when there is one; shown to the model
     */
    record Failed(String reason) implements ToolOutcome {
        public Failed {
            Checks.notBlank(reason, "reason");
        }
    }
}
