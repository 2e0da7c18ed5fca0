package dev.pincer.conformance.fake.openai;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request that reached {@link FakeOpenAi}, with the status it was answered.
 *
 * @param at the virtual time when it arrived
 * @param method {@code POST}, {@code GET}, …
 * @param path the raw path, such as {@code /v1/chat/completions}
 * @param headers header names in lower case to their values
 * @param body the body as UTF-8 text
 * @param status the status answered; 0 while unanswered (held), -1 when the connection was dropped
 */
public record RecordedRequest(Instant at, String method, String path, Map<String, List<String>> headers, String body,
        int status) {
    public RecordedRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The body parsed as a JSON object; empty when it is not one. */
    public Optional<JsonObject> json() {
        try {
            return Optional.of(Json.parseObject(body));
        } catch (JsonException e) {
            return Optional.empty();
        }
    }

    /** True for {@code POST /v1/chat/completions}. */
    public boolean chatCompletion() {
        return method.equals("POST") && path.equals(FakeOpenAi.CHAT_PATH);
    }

    RecordedRequest answered(int answeredStatus) {
        return new RecordedRequest(at, method, path, headers, body, answeredStatus);
    }
}
