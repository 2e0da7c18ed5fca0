package dev.pincer.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * One message from the assistant to a conversation.
 *
 * @param id the runtime's idempotency key: the same id is never two messages, and a message sent
 *     again with the same id must not be delivered twice
 * @param conversation the conversation to send to, as {@link InboundMessage#conversation()} named it
 * @param text plain text, exactly as the user must see it; the channel escapes or disables the
 *     platform's formatting so that no character is lost or interpreted
 * @param replyTo the platform message id to reply to, if any
 */
public record OutboundMessage(String id, String conversation, String text, Optional<String> replyTo) {
    public OutboundMessage {
        Checks.notBlank(id, "id");
        Checks.notBlank(conversation, "conversation");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty: platforms refuse empty messages");
        }
        Objects.requireNonNull(replyTo, "replyTo");
    }

    /** A message that replies to nothing. */
    public static OutboundMessage of(String id, String conversation, String text) {
        return new OutboundMessage(id, conversation, text, Optional.empty());
    }
}
