package dev.pincer.conformance.fake.discord;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request that reached {@link FakeDiscordRest}.
 *
 * @param at the virtual time it arrived
 * @param method the HTTP method
 * @param path the path, such as {@code /api/v10/channels/1200/messages}
 * @param authorization the {@code Authorization} header as it arrived (secret filled in), or empty
 * @param body the body as text
 * @param status the status answered, {@code -1} for a dropped connection
 */
public record RestRequest(Instant at, String method, String path, String authorization, String body, int status) {
    public RestRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(body, "body");
    }

    /** The body as a JSON object, if it is one. */
    public Optional<JsonObject> json() {
        try {
            return Optional.of(Json.parseObject(body));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The channel id of a Create Message path, or empty. */
    public String channelId() {
        String[] segments = path.split("/");
        return segments.length == 6 && "channels".equals(segments[3]) ? segments[4] : "";
    }
}
