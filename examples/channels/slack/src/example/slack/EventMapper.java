package example.slack;

import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one Events API {@code message} event into an {@link InboundMessage}, field by field.
 *
 * <p>The id is the callback's {@code event_id}, so Slack's retries are recognised as duplicates.
 * The conversation is the channel id, or {@code channel/thread_ts} inside a thread, so that replies
 * to it go back into the thread. Subtypes that are not messages (deletions, joins) give empty.
 */
final class EventMapper {
    private static final Set<String> NOT_DELIVERED = Set.of("message_deleted", "channel_join", "channel_leave",
            "group_join", "group_leave", "message_replied");
    private static final Set<String> TEXT_SUBTYPES = Set.of("thread_broadcast", "bot_message", "me_message");

    private EventMapper() {}

    /**
     * The message the event carries, if it is one to deliver.
     *
     * @throws dev.pincer.spi.json.JsonException if a field the mapping needs is missing or mistyped
     * @throws IllegalArgumentException if a field is blank where the SPI requires a value
     */
    static Optional<InboundMessage> map(String eventId, JsonObject event, BotIdentity bot) {
        String subtype = event.optString("subtype").orElse("");
        if (NOT_DELIVERED.contains(subtype)) {
            return Optional.empty();
        }
        String channel = event.string("channel");
        if (subtype.equals("message_changed")) {
            JsonObject changed = event.object("message");
            if (bot.isOwn(changed.optString("user").orElse(""), changed.optString("bot_id").orElse(""))) {
                return Optional.empty();
            }
            String ts = changed.string("ts");
            return Optional.of(new InboundMessage(eventId, conversation(channel, changed), event.string("ts"),
                    sender(changed), sentAt(event.string("ts")), new Content.Edited(ts, changed.optString("text").orElse(""))));
        }
        if (bot.isOwn(event.optString("user").orElse(""), event.optString("bot_id").orElse(""))) {
            return Optional.empty();
        }
        String text = event.optString("text").orElse("");
        Content content = subtype.isEmpty() || TEXT_SUBTYPES.contains(subtype)
                ? new Content.Text(text) : new Content.Unsupported(subtype, text);
        String ts = event.string("ts");
        return Optional.of(new InboundMessage(eventId, conversation(channel, event), ts, sender(event), sentAt(ts), content));
    }

    private static String conversation(String channel, JsonObject message) {
        return message.optString("thread_ts").map(thread -> channel + "/" + thread).orElse(channel);
    }

    private static Sender sender(JsonObject message) {
        Optional<String> botId = message.optString("bot_id");
        String id = message.optString("user").or(() -> botId).orElse("unknown");
        return new Sender(id, "", botId.isPresent());
    }

    /** A Slack {@code ts} ("1767603600.000200") as an instant with microseconds. */
    static Instant sentAt(String ts) {
        int dot = ts.indexOf('.');
        long seconds = Long.parseLong(dot < 0 ? ts : ts.substring(0, dot));
        String fraction = dot < 0 ? "" : (ts.substring(dot + 1) + "000000").substring(0, 6);
        return Instant.ofEpochSecond(seconds, fraction.isEmpty() ? 0 : Long.parseLong(fraction) * 1000);
    }
}
