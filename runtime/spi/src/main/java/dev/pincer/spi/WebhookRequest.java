package dev.pincer.spi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        Map<String, List<String>> lower = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((name, values) ->
                lower.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values), (a, b) -> {
                    List<String> merged = new java.util.ArrayList<>(a);
                    merged.addAll(b);
                    return List.copyOf(merged);
                }));
        headers = Map.copyOf(lower);
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
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
