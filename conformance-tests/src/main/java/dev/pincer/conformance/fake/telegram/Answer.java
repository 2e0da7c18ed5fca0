package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.Map;
import java.util.Objects;

/** What the fake writes back: a status, extra headers and a body (always served as {@code application/json}). */
record Answer(int status, Map<String, String> headers, String body) {

    Answer {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    /** {@code {"ok":true,"result":…}} with status 200. */
    static Answer ok(Json result) {
        JsonObject envelope = Json.object().put("ok", true).put("result", result).build();
        return new Answer(200, Map.of(), envelope.toString());
    }

    /** {@code {"ok":true,"result":…,"description":"…"}}, as {@code setWebhook} and {@code deleteWebhook} answer. */
    static Answer ok(Json result, String description) {
        JsonObject envelope = Json.object().put("ok", true).put("result", result).put("description", description)
                .build();
        return new Answer(200, Map.of(), envelope.toString());
    }
}
