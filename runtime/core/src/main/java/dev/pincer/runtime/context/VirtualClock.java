package dev.pincer.runtime.context;

import dev.pincer.spi.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A clock whose time moves only when someone sleeps on it or {@linkplain #advance advances} it.
 *
 * <p>{@link #sleep} returns at once, after moving time forward and recording the sleep. Thread-safe.
 */
public final class VirtualClock implements Clock {

    /** One call to {@link #sleep}: when it started, in virtual time, and how long it asked for. */
    public record Sleep(Instant at, Duration duration) {
        public Sleep {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(duration, "duration");
        }
    }

    private final List<Sleep> sleeps = new ArrayList<>();
    private Instant now;

    /** A clock that starts at {@code start}. */
    public VirtualClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    /**
     * Records the sleep and moves time forward by {@code duration} if it is positive; never waits.
     *
     * @throws InterruptedException if the calling thread is interrupted (the flag is cleared, as
     *     {@link Thread#sleep} does); time does not move then
     */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Objects.requireNonNull(duration, "duration");
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before a virtual sleep of " + duration);
        }
        synchronized (this) {
            sleeps.add(new Sleep(now, duration));
            if (duration.isPositive()) {
                now = now.plus(duration);
            }
        }
    }

    /**
     * Moves time forward without recording a sleep.
     *
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public synchronized void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a virtual clock cannot go back; duration was " + duration);
        }
        now = now.plus(duration);
    }

    /** Every sleep so far, in order. */
    public synchronized List<Sleep> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The total time slept so far. */
    public synchronized Duration totalSlept() {
        return sleeps.stream().map(Sleep::duration).filter(Duration::isPositive).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public String toString() {
        return "VirtualClock[" + now() + "]";
    }
}
