package example.gmail;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff for retried reads: steps of 1 s, 2 s, 4 s, capped at 8 s, each delay a uniform draw
 * from the upper half of its step made with the context's random source. One instance per call.
 */
final class Backoff {
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration CAP = Duration.ofSeconds(8);

    private final RandomGenerator random;
    private Duration step = FIRST;

    Backoff(RandomGenerator random) {
        this.random = random;
    }

    /** The wait before the next attempt; the step doubles after each call. */
    Duration next() {
        long stepMillis = step.toMillis();
        step = step.multipliedBy(2).compareTo(CAP) > 0 ? CAP : step.multipliedBy(2);
        return Duration.ofMillis(stepMillis / 2 + random.nextLong(stepMillis / 2 + 1));
    }
}
