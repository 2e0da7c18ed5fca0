package dev.pincer.runtime.supervise;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each call into an integration may take, in real time, before it counts as stuck.
 *
 * @param start the limit for {@code start}
 * @param receive the limit for one {@code receive} round (a long poll plus its HTTP margin)
 * @param send the limit for one {@code send}, retries and their waits included
 * @param grace how long a call that overran gets to return after it is interrupted
 * @param crashesBeforeStop how many consecutive exceptions from {@code receive} stop the channel
 */
public record CallLimits(Duration start, Duration receive, Duration send, Duration grace, int crashesBeforeStop) {

    public CallLimits {
        for (Duration limit : new Duration[] {start, receive, send, grace}) {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("call limits must be above zero, was " + limit);
            }
        }
        if (crashesBeforeStop < 1) {
            throw new IllegalArgumentException("crashesBeforeStop must be at least 1, was " + crashesBeforeStop);
        }
    }

    /**
     * Limits for production: 30 s to start, 150 s per receive (the SPI's longest HTTP timeout is
     * 120 s), 10 min per send (5 attempts with waits of up to 60 s each), 2 s of grace, 5 crashes.
     */
    public static CallLimits defaults() {
        return new CallLimits(Duration.ofSeconds(30), Duration.ofSeconds(150), Duration.ofMinutes(10), Duration.ofSeconds(2), 5);
    }
}
