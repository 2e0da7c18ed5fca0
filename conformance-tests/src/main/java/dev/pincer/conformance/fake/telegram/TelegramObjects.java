package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** Realistic Bot API objects (User, Chat, Message) for the fake's updates and answers. */
final class TelegramObjects {
    static final String BOT_FIRST_NAME = "Pincer Test";
    static final String BOT_USERNAME = "pincer_test_bot";
    private static final long SUPERGROUP_LIMIT = -1_000_000_000_000L;

    private TelegramObjects() {}

    /** A human user with a stable name derived from the id. */
    static JsonObject user(long id) {
        return Json.object()
                .put("id", id)
                .put("is_bot", false)
                .put("first_name", "Tess")
                .put("last_name", "Tester")
                .put("username", "tester" + Math.abs(id))
                .put("language_code", "en")
                .build();
    }

    /** The bot as it appears in {@code from} of its own messages. */
    static JsonObject botUser(long botId) {
        return Json.object()
                .put("id", botId)
                .put("is_bot", true)
                .put("first_name", BOT_FIRST_NAME)
                .put("username", BOT_USERNAME)
                .build();
    }

    /** The bot as {@code getMe} describes it. */
    static JsonObject getMe(long botId) {
        return Json.object()
                .put("id", botId)
                .put("is_bot", true)
                .put("first_name", BOT_FIRST_NAME)
                .put("username", BOT_USERNAME)
                .put("can_join_groups", true)
                .put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false)
                .put("can_connect_to_business", false)
                .put("has_main_web_app", false)
                .build();
    }

    /** A chat: private for positive ids (named like the user), a group or supergroup for negative ones. */
    static JsonObject chat(long chatId) {
        if (chatId > 0) {
            return Json.object()
                    .put("id", chatId)
                    .put("first_name", "Tess")
                    .put("last_name", "Tester")
                    .put("username", "tester" + chatId)
                    .put("type", "private")
                    .build();
        }
        return Json.object()
                .put("id", chatId)
                .put("title", "Test group " + Math.abs(chatId))
                .put("type", chatId <= SUPERGROUP_LIMIT ? "supergroup" : "group")
                .build();
    }

    /** A channel known by its {@code @username}. */
    static JsonObject channel(long chatId, String username) {
        return Json.object()
                .put("id", chatId)
                .put("title", username)
                .put("username", username)
                .put("type", "channel")
                .build();
    }

    /** An incoming text message; a leading {@code /command} gets its {@code bot_command} entity as Telegram adds it. */
    static JsonObject textMessage(int messageId, long fromId, JsonObject chat, Instant date, String text) {
        JsonObject.Builder message = Json.object()
                .put("message_id", messageId)
                .put("from", user(fromId))
                .put("chat", chat)
                .put("date", date.getEpochSecond())
                .put("text", text);
        int commandLength = commandLength(text);
        if (commandLength > 0) {
            TextEntity command = new TextEntity(EntityType.BOT_COMMAND, 0, commandLength, "");
            message.put("entities", Json.array(List.of(command.toJson())));
        }
        return message.build();
    }

    private static int commandLength(String text) {
        if (!text.startsWith("/")) {
            return 0;
        }
        int end = 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == '@')) {
            end++;
        }
        return end > 1 ? end : 0;
    }
}
