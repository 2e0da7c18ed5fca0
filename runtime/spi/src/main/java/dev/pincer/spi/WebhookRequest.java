package dev.pincer.spi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One inbound request to a registered webhook, exactly as it arrived.
 *
 * <p>The body is the raw bytes: platforms sign the raw body, so verify the signature over these
 * bytes before parsing them.
 *
 * @param method the HTTP method, upper case
 * @param path the path below the integration's prefix, such as {@code "events"}
 * @param query the raw query string, or empty
 * @param headers header names (lower case) to values
 * @param body the raw body, at most {@link #MAX_BODY_BYTES}
 */
public record WebhookRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

    /** The largest body the runtime accepts; larger requests get {@code 413} without reaching a handler. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    /** How long a handler may take before the runtime answers {@code 503} in its place. */
    public static final Duration DEADLINE = Duration.ofMillis(2500);

    public WebhookRequest {
        Checks.notBlank(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        headers = Headers.lowerCase(headers);
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }

    /** The raw body as a defensive copy. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookRequest that && method.equals(that.method) && path.equals(that.path)
                && query.equals(that.query) && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, query, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "WebhookRequest[" + method + " " + path + ", " + body.length + " body bytes]";
    }
}
