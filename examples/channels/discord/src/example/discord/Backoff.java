package example.discord;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with jitter: first, 2 × first, 4 × first, … up to a cap.
 *
 * <p>Each delay is drawn uniformly from [50 %, 100 %] of its step, using the context's random source
 * (seeded in the conformance suite, so runs are repeatable). Jitter keeps many clients that failed
 * together from retrying together. Not thread-safe: use one instance per loop.
 */
final class Backoff {
    private static final int MAX_DOUBLINGS = 30;

    private final Duration first;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    Backoff(Duration first, Duration cap, RandomGenerator random) {
        this.first = Objects.requireNonNull(first, "first");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.random = Objects.requireNonNull(random, "random");
        if (first.toMillis() < 1 || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 1 ms <= first <= cap, was first " + first + ", cap " + cap);
        }
    }

    /** The delay before the next attempt; each call counts one more failure. */
    Duration next() {
        long step = Math.min(cap.toMillis(), first.toMillis() << Math.min(failures, MAX_DOUBLINGS));
        failures++;
        long half = step / 2;
        return Duration.ofMillis(step - half + random.nextLong(half + 1)); // uniform in [step - half, step]
    }

    /** Forgets earlier failures, after a success. */
    void reset() {
        failures = 0;
    }
}
