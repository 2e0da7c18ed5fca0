package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.Check;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks that updates become inbound messages field by field, using the spec's fixtures. */
final class MappingCheck {
    private MappingCheck() {}

    static Check<TelegramHarness> mapsUpdatesFieldByField() {
        return Check.of("maps text, edited, photo and channel-post updates to inbound messages field by field",
                Set.of("TG-RECV-009"), (h, v) -> {
                    h.start();
                    List<String> fixtures = List.of("tg-update-text", "tg-update-edited", "tg-update-photo", "tg-update-channel-post");
                    List<Long> ids = new ArrayList<>();
                    for (String fixture : fixtures) {
                        ids.add(h.enqueueFixture(fixture));
                    }
                    h.receiveAll(ids, 20);
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < fixtures.size(); i++) {
                        String id = Long.toString(ids.get(i));
                        InboundMessage expected = expected(id, h.fixture(fixtures.get(i)));
                        Optional<InboundMessage> actual = h.inbox.acceptedMessages().stream()
                                .filter(m -> m.id().equals(id)).findFirst();
                        if (actual.isEmpty()) {
                            mismatches.add(fixtures.get(i) + ": never accepted by the inbox");
                        } else if (!actual.get().equals(expected)) {
                            mismatches.add(fixtures.get(i) + ": expected " + expected + " but got " + actual.get());
                        }
                    }
                    v.expect("TG-RECV-009", mismatches.isEmpty(),
                            "each fixture update mapped as the spec's mapping table says",
                            () -> String.join("; ", mismatches));
                });
    }

    /** The inbound message the spec's mapping gives for a fixture update delivered under {@code updateId}. */
    static InboundMessage expected(String updateId, JsonObject update) {
        boolean edited = update.has("edited_message") || update.has("edited_channel_post");
        JsonObject message = update.optObject("message")
                .or(() -> update.optObject("edited_message"))
                .or(() -> update.optObject("channel_post"))
                .or(() -> update.optObject("edited_channel_post"))
                .orElseThrow();
        JsonObject chat = message.object("chat");
        Sender sender = message.optObject("from")
                .map(from -> new Sender(Long.toString(from.longValue("id")),
                        from.string("first_name") + from.optString("last_name").map(last -> " " + last).orElse(""),
                        from.optBool("is_bot").orElse(false)))
                .orElseGet(() -> {
                    JsonObject senderChat = message.optObject("sender_chat").orElse(chat);
                    return new Sender(Long.toString(senderChat.longValue("id")), senderChat.optString("title").orElse(""), false);
                });
        String messageId = Long.toString(message.longValue("message_id"));
        Content content;
        if (edited) {
            content = new Content.Edited(messageId, message.optString("text").or(() -> message.optString("caption")).orElse(""));
        } else if (message.has("text")) {
            content = new Content.Text(message.string("text"));
        } else {
            content = new Content.Unsupported(kind(message), message.optString("caption").orElse(""));
        }
        return new InboundMessage(updateId, Long.toString(chat.longValue("id")), messageId, sender,
                Instant.ofEpochSecond(message.longValue("date")), content);
    }

    private static String kind(JsonObject message) {
        for (String kind : List.of("photo", "sticker", "voice", "video", "document", "audio", "animation",
                "video_note", "location", "contact", "poll", "dice")) {
            if (message.has(kind)) {
                return kind;
            }
        }
        return "message";
    }
}
