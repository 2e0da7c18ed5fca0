package dev.pincer.runtime.localchat;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.Sender;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The local chat's one conversation: the owner's messages go to the inbox with ids that stay unique across
 * restarts, the assistant's replies join the transcript once per message id.
 *
 * <p>One lock orders both ways, so an owner's message is in the transcript before any reply to it can be. Thread-safe.
 */
final class LocalConversation {

    /** The conversation id every local message and reply carries. */
    static final String ID = "local";

    /** The owner's sender id. */
    static final String OWNER_ID = "owner";

    private static final String NEXT_ID_KEY = "inbound.next";
    private static final int MAX_ID_COLLISIONS = 16;

    /** What became of a message the owner posted. */
    sealed interface Posted {
        /** Stored by the runtime; {@code seq} is its transcript position. */
        record Accepted(String id, long seq) implements Posted {}

        /** Not taken; the owner may send it again. */
        record Unavailable(String reason) implements Posted {}
    }

    private final ChannelContext context;
    private final Sender owner;
    private final Transcript transcript;
    private final ReentrantLock order = new ReentrantLock();

    LocalConversation(ChannelContext context, String ownerName, Transcript transcript) {
        this.context = context;
        this.owner = new Sender(OWNER_ID, ownerName, false);
        this.transcript = transcript;
    }

    /**
     * Hands the owner's text to the runtime's inbox and, once it is stored, adds it to the transcript.
     *
     * <p>An id the runtime already knows (its store outlived this channel's state) is skipped for the next one:
     * the runtime would drop a message with a known id as a duplicate, unanswered.
     */
    Posted post(String text) {
        order.lock();
        try {
            for (int attempt = 0; attempt < MAX_ID_COLLISIONS; attempt++) {
                long number;
                try {
                    number = reserveId();
                } catch (RuntimeException e) {
                    return new Posted.Unavailable("cannot reserve a message id in the local chat's state: " + e.getMessage());
                }
                String id = "local:" + number;
                InboundMessage message = new InboundMessage(id, ID, id, owner, context.clock().now(),
                        new Content.Text(text));
                switch (context.inbox().deliver(message)) {
                    case Acceptance.Accepted accepted -> {
                        TranscriptEntry entry = transcript.appendOwner(message.id(), text, message.sentAt());
                        return new Posted.Accepted(message.id(), entry.seq());
                    }
                    case Acceptance.Duplicate duplicate -> context.log().warn("local chat: message id " + message.id()
                            + " was already known to the runtime (was the channel's state reset?); trying the next id");
                    case Acceptance.Unavailable unavailable -> {
                        return new Posted.Unavailable(unavailable.reason());
                    }
                }
            }
            return new Posted.Unavailable("the runtime already knew the next " + MAX_ID_COLLISIONS
                    + " message ids; the local chat's state seems out of step with the message store");
        } finally {
            order.unlock();
        }
    }

    /**
     * Adds a reply once per message id; returns its transcript position. A reply to an owner's message (the router
     * sets {@code replyTo} on the first reply to each) names that message's id, which is also its message id.
     */
    long reply(OutboundMessage message) {
        order.lock();
        try {
            return transcript.appendAssistant(message.id(), message.text(), context.clock().now(), message.replyTo());
        } finally {
            order.unlock();
        }
    }

    private long reserveId() {
        long number = context.state().get(NEXT_ID_KEY).map(Long::parseLong).orElse(1L);
        context.state().put(NEXT_ID_KEY, Long.toString(number + 1));
        return number;
    }
}
