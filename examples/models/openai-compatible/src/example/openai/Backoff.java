package example.openai;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with jitter: 1 s, 2 s, 4 s, 8 s, 8 s, … each drawn from [50 %, 100 %] of its step.
 *
 * <p>The randomness is the context's (seeded in the conformance suite). One instance per {@code complete} call,
 * so concurrent calls do not share a count; not thread-safe.
 */
final class Backoff {
    private static final long FIRST_MILLIS = 1_000;
    private static final long CAP_MILLIS = 8_000;

    private final RandomGenerator random;
    private int failures;

    Backoff(RandomGenerator random) {
        this.random = random;
    }

    /** The delay before the next attempt; each call counts one more failure. */
    Duration next() {
        long step = Math.min(CAP_MILLIS, FIRST_MILLIS << Math.min(failures, 20));
        failures++;
        long half = step / 2;
        return Duration.ofMillis(step - half + random.nextLong(half + 1));
    }
}
