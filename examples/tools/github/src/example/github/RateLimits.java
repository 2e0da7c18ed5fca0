package example.github;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Tells GitHub's rate limits from other 403s, and how long each asks to wait. */
final class RateLimits {
    private static final Duration NAMED_NONE = Duration.ofSeconds(60);
    private static final Duration AT_LEAST = Duration.ofSeconds(1);

    private RateLimits() {}

    /**
     * The wait a 403 or 429 asks for: {@code retry-after}, else the reset when {@code x-ratelimit-remaining}
     * is 0, else 60 s for a 429 or a secondary rate limit; empty for a 403 that is not a rate limit.
     */
    static Optional<Duration> waitFor(Answer.Response response, Instant now) {
        int status = response.status();
        if (status != 403 && status != 429) {
            return Optional.empty();
        }
        Optional<Duration> retryAfter = response.http().retryAfter();
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        if (response.http().header("x-ratelimit-remaining").map(String::trim).filter("0"::equals).isPresent()) {
            return Optional.of(untilReset(response, now));
        }
        if (status == 429 || response.message().toLowerCase(Locale.ROOT).contains("secondary rate limit")) {
            return Optional.of(NAMED_NONE);
        }
        return Optional.empty();
    }

    private static Duration untilReset(Answer.Response response, Instant now) {
        try {
            long reset = Long.parseLong(response.http().header("x-ratelimit-reset").orElse("").trim());
            Duration wait = Duration.between(now, Instant.ofEpochSecond(reset));
            return wait.compareTo(AT_LEAST) < 0 ? AT_LEAST : wait;
        } catch (NumberFormatException e) {
            return NAMED_NONE;
        }
    }
}
