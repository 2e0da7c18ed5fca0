package dev.pincer.conformance.fake.github;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** GitHub's primary rate limit: so many requests per hour, from the first request of a window. Thread-safe. */
final class RateLimitWindow {
    private static final Duration WINDOW = Duration.ofHours(1);

    private int limit = 5000;
    private int used;
    private Instant reset;

    synchronized void set(int newLimit, int remaining) {
        limit = newLimit;
        used = newLimit - remaining;
    }

    /** Counts one request at {@code now}; false if the limit is used up. */
    synchronized boolean take(Instant now) {
        if (reset == null) {
            reset = now.plus(WINDOW);
        } else if (!now.isBefore(reset)) {
            reset = now.plus(WINDOW);
            used = 0;
        }
        if (used >= limit) {
            return false;
        }
        used++;
        return true;
    }

    /** The {@code x-ratelimit-*} headers of an answer. */
    synchronized Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-ratelimit-limit", Integer.toString(limit));
        headers.put("x-ratelimit-remaining", Integer.toString(Math.max(0, limit - used)));
        headers.put("x-ratelimit-used", Integer.toString(used));
        headers.put("x-ratelimit-reset", Long.toString(reset == null ? 0 : reset.getEpochSecond()));
        headers.put("x-ratelimit-resource", "core");
        return headers;
    }
}
