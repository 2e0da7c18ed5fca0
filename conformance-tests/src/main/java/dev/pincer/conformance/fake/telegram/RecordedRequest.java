package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * One HTTP request that reached {@link FakeTelegram}, with the answer it got.
 *
 * @param at the virtual clock when the request arrived
 * @param httpMethod {@code GET}, {@code POST}, …
 * @param path the raw request path, token included ({@code /bot123:abc/sendMessage})
 * @param token the token segment of the path, or {@code ""} when the path is not {@code /bot<token>/…}
 * @param method the Bot API method, lower-cased ({@code "sendmessage"}), or {@code ""} when there is none
 * @param params URL query, form and JSON body parameters merged; query and form values are strings as sent,
 *     JSON body values keep their JSON type
 * @param status the HTTP status answered; {@code -1} when the connection was reset without an answer,
 *     {@code 0} while the request is still being answered (a long poll in progress)
 * @param responseBody the body answered ({@code ""} while in progress or after a reset)
 */
public record RecordedRequest(
        Instant at,
        String httpMethod,
        String path,
        String token,
        String method,
        JsonObject params,
        int status,
        String responseBody) {

    public RecordedRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(responseBody, "responseBody");
    }

    /** True while the request has not been answered yet. */
    public boolean inProgress() {
        return status == 0;
    }
}
