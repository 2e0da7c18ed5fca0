package example.telegram;

import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns one Telegram {@code Update} into an {@link InboundMessage}, field by field.
 *
 * <p>Only updates that carry a chat message are delivered: {@code message}, {@code channel_post} and
 * their edited forms. Other update types (callback queries, reactions, member changes, types added
 * to the Bot API later) give empty; the caller still moves the offset past them.
 */
final class UpdateMapper {

    /** Non-text message fields, in the order they are checked; the first present names the content. */
    private static final List<String> MEDIA_KINDS = List.of(
            "photo", "sticker", "voice", "video", "document", "audio", "animation",
            "video_note", "location", "contact", "poll", "dice");

    private UpdateMapper() {}

    /**
     * The message an update carries, if it carries one.
     *
     * @throws dev.pincer.spi.json.JsonException if a field the mapping needs is missing or has the wrong type
     * @throws IllegalArgumentException if a field is blank where the SPI requires a value
     */
    static Optional<InboundMessage> map(JsonObject update) {
        long updateId = update.longValue("update_id");
        for (String field : List.of("message", "channel_post")) {
            if (update.has(field)) {
                return Optional.of(toInbound(updateId, update.object(field), false));
            }
        }
        for (String field : List.of("edited_message", "edited_channel_post")) {
            if (update.has(field)) {
                return Optional.of(toInbound(updateId, update.object(field), true));
            }
        }
        return Optional.empty();
    }

    private static InboundMessage toInbound(long updateId, JsonObject message, boolean edited) {
        // Chat and user ids can have up to 52 significant bits: read them as long, never int.
        String conversation = Long.toString(message.object("chat").longValue("id"));
        String messageId = Long.toString(message.longValue("message_id"));
        Instant sentAt = Instant.ofEpochSecond(message.longValue("date"));
        return new InboundMessage(Long.toString(updateId), conversation, messageId,
                sender(message), sentAt, content(message, messageId, edited));
    }

    private static Sender sender(JsonObject message) {
        Optional<JsonObject> from = message.optObject("from");
        if (from.isPresent()) {
            JsonObject user = from.get();
            String name = user.optString("first_name").orElse("")
                    + user.optString("last_name").map(last -> " " + last).orElse("");
            return new Sender(Long.toString(user.longValue("id")), name, user.optBool("is_bot").orElse(false));
        }
        // Channel posts, and messages sent on behalf of a chat, have sender_chat instead of from.
        // Without either, the chat itself is the best sender there is.
        JsonObject chat = message.optObject("sender_chat").orElseGet(() -> message.object("chat"));
        return new Sender(Long.toString(chat.longValue("id")), chat.optString("title").orElse(""), false);
    }

    private static Content content(JsonObject message, String messageId, boolean edited) {
        Optional<String> text = message.optString("text");
        Optional<String> caption = message.optString("caption");
        if (edited) {
            return new Content.Edited(messageId, text.or(() -> caption).orElse(""));
        }
        if (text.isPresent()) {
            return new Content.Text(text.get());
        }
        String kind = MEDIA_KINDS.stream().filter(message::has).findFirst().orElse("message");
        return new Content.Unsupported(kind, caption.orElse(""));
    }
}
