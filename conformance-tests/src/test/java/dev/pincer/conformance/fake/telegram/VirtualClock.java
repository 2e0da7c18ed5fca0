package dev.pincer.conformance.fake.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** A settable clock for the fake's records. */
final class VirtualClock implements Supplier<Instant> {
    static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Override
    public Instant get() {
        return now.get();
    }

    void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }
}
