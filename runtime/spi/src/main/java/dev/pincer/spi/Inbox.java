package dev.pincer.spi;

/** The runtime's side of inbound delivery. Thread-safe. */
public interface Inbox {

    /**
     * Hands one inbound message to the runtime and returns once the runtime has decided.
     *
     * <p>Only after {@link Acceptance.Accepted} or {@link Acceptance.Duplicate} may the channel
     * acknowledge the message to its platform. After {@link Acceptance.Unavailable} it must not
     * acknowledge it, must not deliver later messages of the same conversation first, and must offer
     * it again later.
     */
    Acceptance deliver(InboundMessage message);
}
