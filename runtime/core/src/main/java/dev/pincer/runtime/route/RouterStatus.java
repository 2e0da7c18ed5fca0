package dev.pincer.runtime.route;

import dev.pincer.runtime.supervise.Problem;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A snapshot of the router for {@code pincer status}.
 *
 * @param integrations per integration (running ones, and any with outbox entries or problems), sorted by name
 * @param inboundUnprocessed inbound messages accepted and not yet answered
 * @param inboundDead inbound messages given up on after the store's bound of failed processings
 */
public record RouterStatus(Map<String, IntegrationStatus> integrations, long inboundUnprocessed, long inboundDead) {

    public RouterStatus {
        integrations = Collections.unmodifiableMap(new TreeMap<>(integrations));
        if (inboundUnprocessed < 0 || inboundDead < 0) {
            throw new IllegalArgumentException("counts must not be negative, were " + inboundUnprocessed + "/"
                    + inboundDead);
        }
    }

    /**
     * One integration's side of the router.
     *
     * @param running whether the router has a channel for it that has not been stopped; messages for an
     *     integration that is not running stay pending
     * @param pending outbound messages waiting to be sent
     * @param delivered outbound messages delivered
     * @param dead outbound messages given up on
     * @param oldestPendingSince when the oldest pending message was enqueued
     * @param lastProblem the last thing that went wrong sending for it or answering its messages
     */
    public record IntegrationStatus(
            boolean running, long pending, long delivered, long dead, Optional<Instant> oldestPendingSince,
            Optional<Problem> lastProblem) {
        public IntegrationStatus {
            if (pending < 0 || delivered < 0 || dead < 0) {
                throw new IllegalArgumentException("counts must not be negative, were " + pending + "/" + delivered
                        + "/" + dead);
            }
            Objects.requireNonNull(oldestPendingSince, "oldestPendingSince");
            Objects.requireNonNull(lastProblem, "lastProblem");
        }
    }

    /** The status of one integration, if the router knows it. */
    public Optional<IntegrationStatus> of(String integration) {
        return Optional.ofNullable(integrations.get(integration));
    }
}
