package example.discord;

import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Turns {@code MESSAGE_CREATE} and {@code MESSAGE_UPDATE} dispatches into inbound messages.
 *
 * <p>Messages of bots (this one's own replies among them) and of webhooks are not delivered, nor are
 * updates without new content. A field of the wrong type throws {@link RuntimeException}; the caller
 * skips such a dispatch.
 */
final class MessageMapper {
    private MessageMapper() {}

    static Optional<InboundMessage> map(String type, JsonObject d) {
        boolean update = "MESSAGE_UPDATE".equals(type);
        if (!update && !"MESSAGE_CREATE".equals(type)) {
            return Optional.empty();
        }
        JsonObject author = d.optObject("author").orElse(null);
        if (author == null || author.optBool("bot").orElse(false) || d.optString("webhook_id").isPresent()) {
            return Optional.empty();
        }
        String id = d.string("id");
        String conversation = d.string("channel_id");
        Sender sender = new Sender(author.string("id"),
                author.optString("global_name").or(() -> author.optString("username")).orElse(""), false);
        if (update) {
            Optional<String> content = d.optString("content");
            Optional<String> edited = d.optString("edited_timestamp");
            if (content.isEmpty() || edited.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new InboundMessage(id + ":" + edited.get(), conversation, id, sender,
                    instant(edited.get()), new Content.Edited(id, content.get())));
        }
        String text = d.optString("content").orElse("");
        return Optional.of(new InboundMessage(id, conversation, id, sender, instant(d.string("timestamp")), content(text, d)));
    }

    private static Content content(String text, JsonObject d) {
        if (!text.isEmpty()) {
            return new Content.Text(text);
        }
        for (String kind : new String[] {"attachments", "sticker_items", "embeds"}) {
            if (d.optArray(kind).map(a -> !a.elements().isEmpty()).orElse(false)) {
                return new Content.Unsupported(kind.equals("attachments") ? "attachment" : kind.equals("embeds") ? "embed" : "sticker", "");
            }
        }
        return new Content.Unsupported("empty", "");
    }

    private static Instant instant(String timestamp) {
        return OffsetDateTime.parse(timestamp).toInstant();
    }
}
