package dev.pincer.conformance.fake.discord;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Create Message as Discord validates and answers it, with nonce deduplication and bucket headers. */
final class MessageStore {
    static final int CONTENT_LIMIT = 2000;
    static final int NONCE_LIMIT = 25;

    private final Supplier<Instant> clock;
    private final List<CreatedMessage> messages = new ArrayList<>();
    private long nextId = 1310000000000000201L;
    private double exhaustOnce = -1;
    private final java.util.Map<String, Instant> exhausted = new java.util.HashMap<>();

    MessageStore(Supplier<Instant> clock) {
        this.clock = clock;
    }

    synchronized void exhaustOnce(double seconds) {
        exhaustOnce = seconds;
    }

    synchronized List<CreatedMessage> messages() {
        return List.copyOf(messages);
    }

    synchronized RestAnswer create(String channelId, String body) {
        Instant until = exhausted.get(channelId);
        if (until != null && clock.get().isBefore(until)) {
            double left = java.time.Duration.between(clock.get(), until).toMillis() / 1000.0;
            return new RestAnswer(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":" + left + ",\"global\":false}",
                    Map.of("Retry-After", Long.toString((long) Math.ceil(left)), "X-RateLimit-Scope", "user",
                            "X-RateLimit-Remaining", "0", "X-RateLimit-Reset-After", Double.toString(left)));
        }
        JsonObject request;
        try {
            request = Json.parseObject(body);
        } catch (RuntimeException e) {
            return RestAnswer.json(400, "{\"message\":\"The request body contains invalid JSON.\",\"code\":50109}");
        }
        String content = request.get("content").filter(c -> c instanceof JsonString).map(c -> ((JsonString) c).value()).orElse("");
        Optional<String> nonce = request.get("nonce").map(n -> n instanceof JsonString s ? s.value() : n.toString());
        if (nonce.isPresent() && nonce.get().length() > NONCE_LIMIT) {
            return invalidForm("nonce", "BASE_TYPE_MAX_LENGTH", "Must be " + NONCE_LIMIT + " or fewer in length.");
        }
        if (content.codePointCount(0, content.length()) > CONTENT_LIMIT) {
            return invalidForm("content", "BASE_TYPE_MAX_LENGTH", "Must be " + CONTENT_LIMIT + " or fewer in length.");
        }
        if (content.isEmpty()) {
            return RestAnswer.json(400, "{\"message\":\"Cannot send an empty message\",\"code\":50006}");
        }
        boolean enforce = request.optBool("enforce_nonce").orElse(false);
        Optional<CreatedMessage> earlier = enforce && nonce.isPresent()
                ? messages.stream().filter(m -> m.channelId().equals(channelId) && m.nonce().equals(nonce.get())).findFirst()
                : Optional.empty();
        CreatedMessage message = earlier.orElseGet(() -> {
            CreatedMessage created = new CreatedMessage(Long.toString(nextId++), channelId, content,
                    DiscordMarkdown.shown(content), nonce.orElse(""), clock.get());
            messages.add(created);
            return created;
        });
        return new RestAnswer(200, render(message), bucketHeaders(channelId));
    }

    private Map<String, String> bucketHeaders(String channelId) {
        double resetAfter = exhaustOnce >= 0 ? exhaustOnce : 1.0;
        String remaining = exhaustOnce >= 0 ? "0" : "4";
        if (exhaustOnce >= 0) {
            exhausted.put(channelId, clock.get().plusMillis((long) (exhaustOnce * 1000)));
        }
        exhaustOnce = -1;
        double reset = clock.get().toEpochMilli() / 1000.0 + resetAfter;
        return Map.of("X-RateLimit-Limit", "5", "X-RateLimit-Remaining", remaining,
                "X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", reset),
                "X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", resetAfter),
                "X-RateLimit-Bucket", "b" + Integer.toHexString(channelId.hashCode()));
    }

    private static RestAnswer invalidForm(String field, String code, String message) {
        return RestAnswer.json(400, "{\"message\":\"Invalid Form Body\",\"code\":50035,\"errors\":{\"" + field
                + "\":{\"_errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}}}");
    }

    private static String render(CreatedMessage m) {
        return Json.object()
                .put("id", m.id()).put("channel_id", m.channelId())
                .put("author", Json.parseObject("{\"id\":\"1300000000000000001\",\"username\":\"pincer\",\"discriminator\":\"0\",\"bot\":true}"))
                .put("content", m.content()).put("timestamp", m.at().toString()).put("edited_timestamp", Json.parse("null"))
                .put("tts", false).put("mention_everyone", false).put("mentions", Json.array(List.of()))
                .put("mention_roles", Json.array(List.of())).put("components", Json.array(List.of()))
                .put("attachments", Json.array(List.of())).put("embeds", Json.array(List.of()))
                .put("pinned", false).put("type", 0).put("flags", 0).put("nonce", m.nonce())
                .build().toString();
    }
}
