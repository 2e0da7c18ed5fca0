package dev.pincer.runtime.context;

import dev.pincer.spi.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The real clock: the system's time, and real waiting. Thread-safe. */
public final class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Objects.requireNonNull(duration, "duration");
        if (duration.isPositive()) {
            Thread.sleep(duration);
        } else if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sleeping");
        }
    }

    @Override
    public String toString() {
        return "SystemClock";
    }
}
