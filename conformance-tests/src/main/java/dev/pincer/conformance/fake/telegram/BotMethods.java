package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Set;

/** Dispatches a Bot API method (lower-cased) to its implementation. */
final class BotMethods {
    private static final Set<String> CHAT_ACTIONS = Set.of("typing", "upload_photo", "record_video",
            "upload_video", "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location",
            "record_video_note", "upload_video_note");

    private final UpdateQueue updates;
    private final Chats chats;
    private final SendMessageMethod sendMessage;
    private final long botId;

    BotMethods(UpdateQueue updates, Chats chats, SendMessageMethod sendMessage, long botId) {
        this.updates = updates;
        this.chats = chats;
        this.sendMessage = sendMessage;
        this.botId = botId;
    }

    /**
     * The answer to one call with a valid token.
     *
     * @throws ApiError for every Bot API error answer
     */
    Answer call(String method, Params params, Instant at) {
        return switch (method) {
            case "getme" -> Answer.ok(TelegramObjects.getMe(botId));
            case "getupdates" -> getUpdates(params);
            case "sendmessage" -> sendMessage.call(params, at);
            case "sendchataction" -> sendChatAction(params);
            case "deletewebhook" -> deleteWebhook(params);
            case "setwebhook" -> setWebhook(params);
            case "getwebhookinfo" -> getWebhookInfo();
            default -> {
                if (KnownMethods.contains(method)) {
                    throw ApiError.of(501, "Not Implemented: the fake Telegram server does not implement " + method);
                }
                throw ApiError.methodNotFound();
            }
        };
    }

    private Answer getUpdates(Params params) {
        long offset = params.integer("offset", 0, Long.MIN_VALUE, Long.MAX_VALUE);
        int limit = (int) params.integer("limit", 100, 1, 100);
        int timeout = (int) params.integer("timeout", 0, 0, UpdateQueue.LONG_POLL_MAX_TIMEOUT);
        return Answer.ok(Json.array(updates.poll(offset, limit, timeout, params.stringList("allowed_updates"))));
    }

    private Answer sendChatAction(Params params) {
        String action = params.string("action").orElse("");
        if (!CHAT_ACTIONS.contains(action)) {
            throw ApiError.badRequest("wrong parameter action in request");
        }
        ChatTarget.resolve(params, chats);
        return Answer.ok(Json.of(true));
    }

    private Answer deleteWebhook(Params params) {
        boolean wasSet = !updates.webhookUrl().isEmpty();
        updates.setWebhook("", params.bool("drop_pending_updates"));
        return Answer.ok(Json.of(true), wasSet ? "Webhook was deleted" : "Webhook is already deleted");
    }

    private Answer setWebhook(Params params) {
        String url = params.string("url").orElse("");
        if (url.isEmpty()) {
            return deleteWebhook(params);
        }
        if (!url.startsWith("https://")) {
            throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        boolean same = url.equals(updates.webhookUrl());
        updates.setWebhook(url, params.bool("drop_pending_updates"));
        return Answer.ok(Json.of(true), same ? "Webhook is already set" : "Webhook was set");
    }

    private Answer getWebhookInfo() {
        JsonObject info = Json.object()
                .put("url", updates.webhookUrl())
                .put("has_custom_certificate", false)
                .put("pending_update_count", updates.pendingCount())
                .build();
        return Answer.ok(info);
    }
}
