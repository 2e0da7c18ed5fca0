package dev.pincer.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message from a platform to the assistant.
 *
 * @param id the platform's unique id for this delivery, used by the runtime to drop duplicates
 *     (for Telegram, the {@code update_id})
 * @param conversation the platform's id of the chat, channel or thread the message belongs to;
 *     replies go there, and order is kept within it
 * @param messageId the platform's id of the message within its conversation, for replies
 * @param sender who sent it
 * @param sentAt when the platform says it was sent
 * @param content what it carries
 */
public record InboundMessage(
        String id, String conversation, String messageId, Sender sender, Instant sentAt, Content content) {
    public InboundMessage {
        Checks.notBlank(id, "id");
        Checks.notBlank(conversation, "conversation");
        Checks.notBlank(messageId, "messageId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(content, "content");
    }

    /** The text the message carries, if it is text or an edit. */
    public Optional<String> text() {
        return switch (content) {
            case Content.Text t -> Optional.of(t.text());
            case Content.Edited e -> Optional.of(e.text());
            case Content.Unsupported u -> Optional.empty();
        };
    }
}
