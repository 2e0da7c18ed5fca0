package dev.pincer.runtime.context;

import dev.pincer.spi.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Waits for the next item of a queue, up to a timeout on the integration's clock.
 *
 * <p>On the system clock this is a plain timed poll. On a {@link VirtualClock} it waits a short,
 * real quiet period for something that is already on its way (a fake answers at once), and if
 * nothing comes, moves virtual time forward by the whole timeout: a 41-second heartbeat interval
 * passes in milliseconds, and nothing depends on the machine's speed but the quiet period.
 */
final class Waits {
    static final Duration QUIET = Duration.ofMillis(25);

    private final Clock clock;

    Waits(Clock clock) {
        this.clock = clock;
    }

    <T> Optional<T> poll(BlockingQueue<T> queue, Duration timeout) throws InterruptedException {
        T ready = queue.poll();
        if (ready != null || timeout.isNegative() || timeout.isZero()) {
            return Optional.ofNullable(ready);
        }
        if (!(clock instanceof VirtualClock)) {
            return Optional.ofNullable(queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
        }
        T soon = queue.poll(Math.min(QUIET.toNanos(), timeout.toNanos()), TimeUnit.NANOSECONDS);
        if (soon != null) {
            return Optional.of(soon);
        }
        clock.sleep(timeout);
        return Optional.ofNullable(queue.poll());
    }
}
