package example.gmail;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Tells Gmail's rate limits from other refusals, and how long each asks to wait. */
final class RateLimits {
    private static final Duration UNNAMED = Duration.ofSeconds(60);
    private static final Set<String> LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    private RateLimits() {}

    /**
     * The wait a 429, or a 403 whose reason is a rate limit, asks for: {@code Retry-After}, else 60 s; empty
     * for any other answer.
     */
    static Optional<Duration> waitFor(Answer.Response response) {
        boolean limited = response.status() == 429 || (response.status() == 403 && LIMIT_REASONS.contains(response.reason()));
        if (!limited) {
            return Optional.empty();
        }
        return Optional.of(response.http().retryAfter().orElse(UNNAMED));
    }
}
