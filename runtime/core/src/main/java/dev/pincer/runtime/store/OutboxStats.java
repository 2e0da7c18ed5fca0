package dev.pincer.runtime.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Outbox counts per integration, for {@code pincer status}.
 *
 * @param byIntegration counts keyed by integration name, sorted by name; integrations with no
 *     outbox entries are absent
 */
public record OutboxStats(Map<String, Counts> byIntegration) {
    public OutboxStats {
        byIntegration = Collections.unmodifiableMap(new TreeMap<>(byIntegration));
    }

    /**
     * The outbox counts of one integration.
     *
     * @param oldestPendingSince when the oldest still-pending message was enqueued; subtract it
     *     from now for the age status shows
     */
    public record Counts(long pending, long delivered, long dead, Optional<Instant> oldestPendingSince) {
        public Counts {
            if (pending < 0 || delivered < 0 || dead < 0) {
                throw new IllegalArgumentException("counts must not be negative, were " + pending + "/"
                        + delivered + "/" + dead);
            }
            Objects.requireNonNull(oldestPendingSince, "oldestPendingSince");
        }
    }

    /** Pending messages over all integrations. */
    public long pending() {
        return byIntegration.values().stream().mapToLong(Counts::pending).sum();
    }

    /** Dead letters over all integrations. */
    public long dead() {
        return byIntegration.values().stream().mapToLong(Counts::dead).sum();
    }

    /** When the oldest pending message of any integration was enqueued. */
    public Optional<Instant> oldestPendingSince() {
        return byIntegration.values().stream()
                .flatMap(counts -> counts.oldestPendingSince().stream())
                .min(Instant::compareTo);
    }
}
