package example.discord;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Handles dispatches (op 0) in sequence order: keeps the session from READY, hands messages to the
 * inbox, and acknowledges each sequence number in state only once its dispatch was handled.
 *
 * <p>When the inbox is unavailable, that dispatch and every later one wait here, in order, and are
 * handed over again after the receive backoff. A new connection drops them: the resume replays them.
 */
final class Dispatches {
    private record Pending(long seq, Optional<InboundMessage> message) {}

    private final ChannelContext context;
    private final SessionStore store;
    private final Backoff backoff;
    private final Deque<Pending> pending = new ArrayDeque<>();

    Dispatches(ChannelContext context, SessionStore store, Backoff backoff) {
        this.context = context;
        this.store = store;
        this.backoff = backoff;
    }

    ReceiveResult handle(JsonObject payload) {
        long seq = payload.optLong("s").orElse(-1L);
        String type = payload.optString("t").orElse("");
        JsonObject d = payload.optObject("d").orElse(null);
        if ("READY".equals(type) && d != null && d.optString("session_id").isPresent()) {
            store.begin(d.string("session_id"), d.optString("resume_gateway_url").orElse(""), seq);
            backoff.reset();
            return new ReceiveResult.Continue();
        }
        if ("RESUMED".equals(type)) {
            backoff.reset();
        }
        Optional<InboundMessage> message;
        try {
            message = d == null ? Optional.empty() : MessageMapper.map(type, d);
        } catch (RuntimeException e) {
            context.log().warn("skipped dispatch " + seq + " (" + type + "): " + e.getMessage());
            message = Optional.empty();
        }
        if (seq >= 0) {
            pending.add(new Pending(seq, message));
        }
        return deliverPending().orElse(new ReceiveResult.Continue());
    }

    /** Hands waiting dispatches over in order; a {@code RetryAfter} if the inbox is unavailable. */
    Optional<ReceiveResult> deliverPending() {
        while (!pending.isEmpty()) {
            Pending next = pending.peek();
            if (next.message().isPresent()) {
                Acceptance answer = context.inbox().deliver(next.message().get());
                if (answer instanceof Acceptance.Unavailable unavailable) {
                    return Optional.of(new ReceiveResult.RetryAfter(backoff.next(),
                            "the inbox is unavailable: " + unavailable.reason()));
                }
            }
            pending.poll();
            store.acknowledge(next.seq());
        }
        return Optional.empty();
    }

    /** Forgets waiting dispatches; a resume replays them. */
    void reset() {
        pending.clear();
    }
}
