package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request that reached {@link FakeAnthropic}, with the answer it got.
 *
 * @param at the virtual clock when the request arrived
 * @param method {@code POST}, {@code GET}, …
 * @param path the raw request path, such as {@code /v1/messages}
 * @param headers the first value of each request header, by lower-case name
 * @param body the request body as UTF-8 text
 * @param json the body parsed as a JSON object, or empty when it is not one
 * @param status the HTTP status answered; {@code -1} when the connection was dropped, {@code 0} while unanswered
 * @param responseBody the body answered ({@code ""} while unanswered or after a drop)
 */
public record RecordedRequest(Instant at, String method, String path, Map<String, String> headers, String body,
        Optional<JsonObject> json, int status, String responseBody) {

    public RecordedRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(responseBody, "responseBody");
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** True for {@code POST /v1/messages}, the generation endpoint. */
    public boolean isMessages() {
        return "POST".equals(method) && "/v1/messages".equals(path);
    }

    /** The parsed body; an empty object when it was not JSON. */
    public JsonObject bodyJson() {
        return json.orElse(new JsonObject(Map.of()));
    }
}
