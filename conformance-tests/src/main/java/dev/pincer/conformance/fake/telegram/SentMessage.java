package dev.pincer.conformance.fake.telegram;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message that {@code sendMessage} accepted.
 *
 * @param chatId the chat it went to (for {@code @username} chat ids, the fake's id for that chat)
 * @param messageId the id the fake gave it, increasing per chat
 * @param text the text as delivered to users: after MarkdownV2/HTML/Markdown parsing when a parse mode was used
 * @param rawText the {@code text} parameter exactly as sent
 * @param parseMode the {@code parse_mode} parameter as sent, if any
 * @param replyToMessageId the message replied to ({@code reply_parameters.message_id} or {@code reply_to_message_id})
 * @param at the virtual clock when it was accepted
 */
public record SentMessage(
        long chatId,
        int messageId,
        String text,
        String rawText,
        Optional<String> parseMode,
        Optional<Long> replyToMessageId,
        Instant at) {

    public SentMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(parseMode, "parseMode");
        Objects.requireNonNull(replyToMessageId, "replyToMessageId");
        Objects.requireNonNull(at, "at");
    }
}
