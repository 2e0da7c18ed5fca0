package dev.pincer.runtime.route;

import java.time.Duration;
import java.util.Objects;

/**
 * The router's tunables; the bound on attempts lives in the {@code Store}.
 *
 * @param historyTurns how many past turns the agent is given
 * @param dueBatch how many due outbound messages the sender takes per round, at least
 * @param retryBase the first back-off after an agent failure or an exception from {@code send}; doubled per
 *     further failure of the same message
 * @param retryMax the longest such back-off
 * @param idleRecheck the longest the sender sleeps without looking at the outbox, as a safety net for changes it
 *     was not told about (another process, an owner's retry) and for clocks that jump
 * @param closeGrace how long {@code close} lets in-flight sends finish before interrupting them
 */
public record RouterLimits(
        int historyTurns, int dueBatch, Duration retryBase, Duration retryMax, Duration idleRecheck,
        Duration closeGrace) {

    public RouterLimits {
        if (historyTurns < 1 || dueBatch < 1) {
            throw new IllegalArgumentException("historyTurns and dueBatch must be at least 1, were " + historyTurns
                    + " and " + dueBatch);
        }
        for (Duration duration : new Duration[] {retryBase, retryMax, idleRecheck, closeGrace}) {
            Objects.requireNonNull(duration, "duration");
            if (!duration.isPositive()) {
                throw new IllegalArgumentException("router durations must be above zero, was " + duration);
            }
        }
        if (retryMax.compareTo(retryBase) < 0) {
            throw new IllegalArgumentException("retryMax " + retryMax + " must not be shorter than retryBase "
                    + retryBase);
        }
    }

    /** 50 turns of history, batches of 64, back-off from 1 s doubling to 5 min, a look every 5 s, 2 s to close. */
    public static RouterLimits defaults() {
        return new RouterLimits(50, 64, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofSeconds(5),
                Duration.ofSeconds(2));
    }

    /** The back-off after the {@code failures}-th failure (1 for the first): base doubled, at most the max. */
    Duration backoff(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration delay = retryBase.multipliedBy(1L << doublings);
        return delay.compareTo(retryMax) > 0 || delay.isNegative() ? retryMax : delay;
    }
}
