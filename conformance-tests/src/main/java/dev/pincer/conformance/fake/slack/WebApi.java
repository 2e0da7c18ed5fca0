package dev.pincer.conformance.fake.slack;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The Web API methods the fake serves: {@code auth.test} and {@code chat.postMessage}. Thread-safe. */
final class WebApi {
    static final int TEXT_LIMIT = 40_000;
    static final String TEAM_ID = "T0TEAM0001";
    static final String BOT_USER_ID = "U0BOT00001";
    static final String BOT_ID = "B0BOT00001";

    private final List<PostedMessage> posted = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(100);

    /** The answer body to a call of {@code method} with a valid token. */
    String call(String method, JsonObject params, Instant at) {
        return switch (method) {
            case "auth.test" -> Json.object().put("ok", true).put("url", "https://pincer-test.slack.com/")
                    .put("team", "Pincer Test").put("user", "pincer").put("team_id", TEAM_ID)
                    .put("user_id", BOT_USER_ID).put("bot_id", BOT_ID).put("is_enterprise_install", false)
                    .build().toString();
            case "chat.postMessage" -> postMessage(params, at);
            default -> error("unknown_method");
        };
    }

    private String postMessage(JsonObject params, Instant at) {
        Optional<String> channel = WebApiParams.string(params, "channel");
        if (channel.isEmpty()) {
            return error("channel_not_found");
        }
        Optional<String> text = WebApiParams.string(params, "text");
        if (text.isEmpty() && !params.has("blocks") && !params.has("attachments")) {
            return error("no_text");
        }
        String sent = text.orElse("");
        boolean truncated = sent.length() > TEXT_LIMIT;
        String kept = truncated ? sent.substring(0, TEXT_LIMIT) : sent;
        String ts = at.getEpochSecond() + "." + String.format(java.util.Locale.ROOT, "%06d", sequence.incrementAndGet() % 1_000_000);
        PostedMessage message = new PostedMessage(channel.get(), sent, MrkdwnRenderer.render(kept),
                WebApiParams.string(params, "thread_ts"), WebApiParams.bool(params, "mrkdwn"), ts, truncated);
        synchronized (posted) {
            posted.add(message);
        }
        JsonObject.Builder shown = Json.object().put("user", BOT_USER_ID).put("type", "message").put("ts", ts)
                .put("bot_id", BOT_ID).put("text", kept).put("team", TEAM_ID);
        message.threadTs().ifPresent(thread -> shown.put("thread_ts", thread));
        JsonObject.Builder answer = Json.object().put("ok", true).put("channel", channel.get()).put("ts", ts)
                .put("message", shown.build());
        if (truncated) {
            answer.put("warning", "message_truncated").put("response_metadata", Json.object()
                    .put("warnings", Json.array(List.of(Json.of("message_truncated"))))
                    .put("messages", Json.array(List.of(Json.of("[WARN] Your message was truncated because it"
                            + " exceeded the 40000 character limit.")))).build());
        }
        return answer.build().toString();
    }

    List<PostedMessage> posted() {
        synchronized (posted) {
            return List.copyOf(posted);
        }
    }

    static String error(String code) {
        return Json.object().put("ok", false).put("error", code).build().toString();
    }
}
