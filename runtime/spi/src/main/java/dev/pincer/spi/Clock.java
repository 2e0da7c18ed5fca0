package dev.pincer.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * The integration's only source of time.
 *
 * <p>In production it is the system clock; in the conformance suite it is virtual, and
 * {@link #sleep} returns at once after moving virtual time forward. Thread-safe.
 */
public interface Clock {

    /** The current instant. */
    Instant now();

    /**
     * Waits for {@code duration}; returns at once for a zero or negative duration.
     *
     * @throws InterruptedException if the integration is being stopped
     */
    void sleep(Duration duration) throws InterruptedException;
}
