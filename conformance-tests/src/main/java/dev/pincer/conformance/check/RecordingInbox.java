package dev.pincer.conformance.check;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Clock;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Inbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The runtime's side of inbound delivery, as the suite plays it: deduplicates by message id, can
 * refuse chosen messages for a while, and remembers every call.
 */
public final class RecordingInbox implements Inbox {

    /** One call of {@link #deliver}. */
    public record Delivery(InboundMessage message, Acceptance answer, Instant at) {}

    private final Clock clock;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Set<String> accepted = new HashSet<>();
    private final Map<String, Integer> refusals = new HashMap<>();

    public RecordingInbox(Clock clock) {
        this.clock = clock;
    }

    /** Answers {@link Acceptance.Unavailable} the next {@code times} deliveries of message {@code id}. */
    public synchronized void refuse(String id, int times) {
        refusals.put(id, times);
    }

    @Override
    public synchronized Acceptance deliver(InboundMessage message) {
        Objects.requireNonNull(message, "message");
        Acceptance answer;
        int refusalsLeft = refusals.getOrDefault(message.id(), 0);
        if (refusalsLeft > 0) {
            refusals.put(message.id(), refusalsLeft - 1);
            answer = new Acceptance.Unavailable("the conformance suite refuses message " + message.id() + " for now");
        } else if (accepted.add(message.id())) {
            answer = new Acceptance.Accepted();
        } else {
            answer = new Acceptance.Duplicate();
        }
        deliveries.add(new Delivery(message, answer, clock.now()));
        return answer;
    }

    /** Every call so far, in order. */
    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** The messages accepted (first deliveries), in order. */
    public synchronized List<InboundMessage> acceptedMessages() {
        return deliveries.stream()
                .filter(d -> d.answer() instanceof Acceptance.Accepted)
                .map(Delivery::message)
                .toList();
    }

    /** How many times message {@code id} was handed over, whatever the answer. */
    public synchronized long deliveryCount(String id) {
        return deliveries.stream().filter(d -> d.message().id().equals(id)).count();
    }

    /** True once message {@code id} has been accepted. */
    public synchronized boolean hasAccepted(String id) {
        return accepted.contains(id);
    }
}
