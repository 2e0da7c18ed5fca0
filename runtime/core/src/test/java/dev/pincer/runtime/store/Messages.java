package dev.pincer.runtime.store;

import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.Sender;
import java.time.Instant;

/** Small builders of messages and fixed instants for the store's tests. */
final class Messages {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private Messages() {}

    static InboundMessage inbound(String id, String conversation, String text) {
        return new InboundMessage(id, conversation, "m-" + id, new Sender("u1", "Ada", false),
                T0.minusSeconds(5), new Content.Text(text));
    }

    static OutboundMessage outbound(String id, String conversation, String text) {
        return OutboundMessage.of(id, conversation, text);
    }

    static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }
}
