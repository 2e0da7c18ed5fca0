package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the fake knows about chats: message id counters, the messages seen or sent (for replies), and chats
 * scripted to refuse messages. Thread-safe.
 */
final class Chats {
    private static final long CHANNEL_BASE = -1_001_000_000_000L;

    private static final class Chat {
        private JsonObject json;
        private int lastMessageId;
        private final Map<Long, JsonObject> messages = new HashMap<>();

        private Chat(JsonObject json) {
            this.json = json;
        }
    }

    private final Map<Long, Chat> chats = new HashMap<>();
    private final Map<String, Long> usernames = new HashMap<>();
    private final Set<Long> blocked = new HashSet<>();
    private final Set<Long> missing = new HashSet<>();
    private final Map<Long, Long> migrated = new HashMap<>();

    /** The next message id in this chat; ids increase per chat, for incoming and sent messages alike. */
    synchronized int nextMessageId(long chatId) {
        return ++chat(chatId).lastMessageId;
    }

    synchronized JsonObject chatJson(long chatId) {
        return chat(chatId).json;
    }

    /** The chat id of {@code @username}: a channel the fake makes up on first use. */
    synchronized long resolveUsername(String username) {
        return usernames.computeIfAbsent(username.toLowerCase(Locale.ROOT), name -> {
            long id = CHANNEL_BASE - usernames.size();
            chats.put(id, new Chat(TelegramObjects.channel(id, username)));
            return id;
        });
    }

    /** Remembers a message (and its chat) from an update or an answer, so it can be replied to. */
    synchronized void remember(JsonObject message) {
        Optional<JsonObject> chatJson = message.optObject("chat");
        Optional<Long> messageId = message.get("message_id").flatMap(Chats::whole);
        Optional<Long> chatId = chatJson.flatMap(c -> c.get("id")).flatMap(Chats::whole);
        if (chatJson.isEmpty() || messageId.isEmpty() || chatId.isEmpty()) {
            return;
        }
        Chat chat = chats.computeIfAbsent(chatId.get(), id -> new Chat(chatJson.get()));
        chat.json = chatJson.get();
        chat.lastMessageId = (int) Math.max(chat.lastMessageId, messageId.get());
        chat.messages.put(messageId.get(), message);
    }

    synchronized Optional<JsonObject> message(long chatId, long messageId) {
        Chat chat = chats.get(chatId);
        return chat == null ? Optional.empty() : Optional.ofNullable(chat.messages.get(messageId));
    }

    synchronized void block(long chatId) {
        blocked.add(chatId);
    }

    synchronized void markMissing(long chatId) {
        missing.add(chatId);
    }

    synchronized void migrate(long fromChatId, long toChatId) {
        migrated.put(fromChatId, toChatId);
    }

    /** Why sending to this chat fails, if it does. */
    synchronized Optional<ApiError> refusal(long chatId) {
        if (migrated.containsKey(chatId)) {
            return Optional.of(ApiError.migrated(migrated.get(chatId)));
        }
        if (missing.contains(chatId)) {
            return Optional.of(ApiError.badRequest("chat not found"));
        }
        if (blocked.contains(chatId)) {
            return Optional.of(ApiError.forbidden(
                    chatId > 0 ? "bot was blocked by the user" : "bot was kicked from the group chat"));
        }
        return Optional.empty();
    }

    private Chat chat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> new Chat(TelegramObjects.chat(id)));
    }

    private static Optional<Long> whole(Json value) {
        if (value instanceof JsonNumber number) {
            try {
                return Optional.of(number.value().longValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
