package dev.pincer.spi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The response to an {@link HttpRequest}.
 *
 * @param status the HTTP status code
 * @param headers header names (lower case) to values
 * @param body the response body
 */
public record HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public HttpResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be 100..599, was " + status);
        }
        headers = Headers.lowerCase(headers);
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        return Headers.first(headers, name);
    }

    /**
     * The delay a {@code Retry-After} header asks for, if it holds a number of seconds.
     *
     * <p>Fractional seconds are kept; an HTTP-date or a malformed value gives empty.
     */
    public Optional<Duration> retryAfter() {
        return header("Retry-After").flatMap(value -> {
            try {
                double seconds = Double.parseDouble(value.trim());
                if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofNanos((long) (seconds * 1_000_000_000L)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** True for 2xx statuses. */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** The body as a defensive copy. */
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
        return other instanceof HttpResponse that
                && status == that.status && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + ", " + body.length + " body bytes]";
    }
}
