package dev.pincer.conformance.fake.slack;

import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * One Web API request that reached {@link FakeSlack}, with the answer it got.
 *
 * @param at the virtual clock when the request arrived
 * @param httpMethod {@code POST}, {@code GET}, …
 * @param path the raw request path, such as {@code /api/chat.postMessage}
 * @param method the Web API method ({@code "chat.postMessage"}), or {@code ""} for a path outside {@code /api/}
 * @param token the bearer token of the {@code Authorization} header (or the {@code token} form parameter); empty if none
 * @param rawQuery the raw query string, empty if none
 * @param params query, form and JSON body parameters merged; form values are strings, JSON values keep their type
 * @param status the HTTP status answered; {@code -1} after a reset, {@code 0} while still being answered
 * @param responseBody the body answered
 */
public record SlackCall(Instant at, String httpMethod, String path, String method, String token, String rawQuery,
        JsonObject params, int status, String responseBody) {

    public SlackCall {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(rawQuery, "rawQuery");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(responseBody, "responseBody");
    }

    SlackCall answered(int newStatus, String body) {
        return new SlackCall(at, httpMethod, path, method, token, rawQuery, params, newStatus, body);
    }
}
