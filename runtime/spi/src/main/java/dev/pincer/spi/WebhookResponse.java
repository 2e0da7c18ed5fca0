package dev.pincer.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The response to an inbound webhook request.
 *
 * @param status the HTTP status code
 * @param headers header names to values
 * @param body the body; empty for none
 */
public record WebhookResponse(int status, Map<String, List<String>> headers, byte[] body) {
    public WebhookResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be 200..599, was " + status);
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** {@code 200 OK} with no body. */
    public static WebhookResponse ok() {
        return new WebhookResponse(200, Map.of(), new byte[0]);
    }

    /** A response with this status and no body, such as {@code 401} for a bad signature. */
    public static WebhookResponse status(int status) {
        return new WebhookResponse(status, Map.of(), new byte[0]);
    }

    /** A response with this status and a plain-text body. */
    public static WebhookResponse text(int status, String text) {
        return new WebhookResponse(status, Map.of("Content-Type", List.of("text/plain; charset=utf-8")),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** A response with this status and a JSON body. */
    public static WebhookResponse json(int status, String json) {
        return new WebhookResponse(status, Map.of("Content-Type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** The body as a defensive copy. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookResponse that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "WebhookResponse[" + status + ", " + body.length + " body bytes]";
    }
}
