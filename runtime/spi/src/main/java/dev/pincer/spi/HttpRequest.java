package dev.pincer.spi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One HTTP request an integration asks the runtime to send.
 *
 * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} or {@code HEAD}
 * @param uri an absolute {@code https} URI; may contain secret placeholders
 * @param headers header names to values; names are case-insensitive
 * @param body the request body; empty for none
 * @param timeout how long to wait for the whole response; at most {@link #MAX_TIMEOUT}
 */
public record HttpRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout) {

    /** The timeout used when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** The longest timeout a request may ask for. */
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(120);

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

    public HttpRequest {
        Objects.requireNonNull(method, "method");
        method = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("method " + method + " is not one of " + METHODS);
        }
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("uri must be absolute with a host, was " + uri);
        }
        Objects.requireNonNull(headers, "headers");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(Checks.notBlank(name, "header name"), List.copyOf(values)));
        headers = Map.copyOf(copy);
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be above zero and at most " + MAX_TIMEOUT + ", was " + timeout);
        }
    }

    /** A GET request with the default timeout. */
    public static HttpRequest get(URI uri) {
        return new HttpRequest("GET", uri, Map.of(), new byte[0], DEFAULT_TIMEOUT);
    }

    /** A POST request with a JSON body and the default timeout. */
    public static HttpRequest postJson(URI uri, String json) {
        return new HttpRequest("POST", uri, Map.of("Content-Type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8), DEFAULT_TIMEOUT);
    }

    /** This request with another timeout. */
    public HttpRequest withTimeout(Duration newTimeout) {
        return new HttpRequest(method, uri, headers, body, newTimeout);
    }

    /** This request with one more header value. */
    public HttpRequest withHeader(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        copy.merge(name, List.of(value), (a, b) -> {
            List<String> merged = new java.util.ArrayList<>(a);
            merged.addAll(b);
            return merged;
        });
        return new HttpRequest(method, uri, copy, body, timeout);
    }

    /** The body as a defensive copy. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpRequest that
                && method.equals(that.method) && uri.equals(that.uri) && headers.equals(that.headers)
                && java.util.Arrays.equals(body, that.body) && timeout.equals(that.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body), timeout);
    }

    @Override
    public String toString() {
        return "HttpRequest[" + method + " " + uri + ", " + body.length + " body bytes, timeout " + timeout + "]";
    }
}
