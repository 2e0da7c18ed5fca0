package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code sendMessage}: parses the text, checks chat and length, and answers the Message it created. */
final class SendMessageMethod {
    static final int MAX_TEXT_LENGTH = 4096;

    private final Chats chats;
    private final long botId;
    private final Consumer<SentMessage> sent;
    private volatile boolean countCodePoints;

    SendMessageMethod(Chats chats, long botId, Consumer<SentMessage> sent) {
        this.chats = chats;
        this.botId = botId;
        this.sent = sent;
    }

    void countCodePoints(boolean codePoints) {
        this.countCodePoints = codePoints;
    }

    Answer call(Params params, Instant at) {
        String rawText = params.string("text").orElseThrow(() -> ApiError.badRequest("message text is empty"));
        Optional<String> parseMode = params.string("parse_mode");
        FormattedText formatted = TextFormatter.format(rawText, parseMode);
        long chatId = ChatTarget.resolve(params, chats);
        if (formatted.text().strip().isEmpty()) {
            throw ApiError.badRequest("message text is empty");
        }
        String text = formatted.text();
        int length = countCodePoints ? text.codePointCount(0, text.length()) : text.length();
        if (length > MAX_TEXT_LENGTH) {
            throw ApiError.badRequest("message is too long");
        }
        Optional<JsonObject> repliedTo = repliedTo(params, chatId);
        int messageId = chats.nextMessageId(chatId);
        JsonObject.Builder message = Json.object()
                .put("message_id", messageId)
                .put("from", TelegramObjects.botUser(botId))
                .put("chat", chats.chatJson(chatId))
                .put("date", at.getEpochSecond());
        repliedTo.ifPresent(original -> message.put("reply_to_message", original));
        message.put("text", text);
        if (!formatted.entities().isEmpty()) {
            message.put("entities", formatted.entitiesJson());
        }
        JsonObject result = message.build();
        chats.remember(result);
        Optional<Long> replyId = repliedTo.flatMap(original -> original.optLong("message_id"));
        sent.accept(new SentMessage(chatId, messageId, text, rawText, parseMode, replyId, at));
        return Answer.ok(result);
    }

    private Optional<JsonObject> repliedTo(Params params, long chatId) {
        Optional<JsonObject> replyParameters = params.object("reply_parameters", "reply parameters");
        Params reply = replyParameters.map(Params::new).orElse(params);
        String idName = replyParameters.isPresent() ? "message_id" : "reply_to_message_id";
        long messageId = reply.integer(idName, 0, Long.MIN_VALUE, Long.MAX_VALUE);
        if (messageId <= 0) {
            return Optional.empty();
        }
        Optional<JsonObject> original = chats.message(chatId, messageId).map(SendMessageMethod::withoutReply);
        if (original.isEmpty() && !reply.bool("allow_sending_without_reply")
                && !params.bool("allow_sending_without_reply")) {
            throw ApiError.badRequest("message to be replied not found");
        }
        return original;
    }

    /** Telegram nests one level only: a replied-to message comes without its own reply_to_message. */
    private static JsonObject withoutReply(JsonObject message) {
        JsonObject.Builder copy = Json.object();
        message.members().forEach((name, value) -> {
            if (!name.equals("reply_to_message")) {
                copy.put(name, value);
            }
        });
        return copy.build();
    }
}
