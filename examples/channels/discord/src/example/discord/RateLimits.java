package example.discord;

import dev.pincer.spi.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Discord's rate limits as this channel has learnt them: a global hold after a global 429, and a
 * hold per route (one channel's messages) after a 429 or an exhausted bucket. Thread-safe.
 */
final class RateLimits {
    private final Clock clock;
    private final Map<String, Instant> routes = new HashMap<>();
    private Instant global = Instant.MIN;

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    /** No request on {@code route} before {@code wait} has passed; {@code global} holds every route. */
    synchronized void hold(String route, Duration wait, boolean globally) {
        Instant until = clock.now().plus(wait);
        if (globally) {
            global = later(global, until);
        } else {
            routes.merge(route, until, RateLimits::later);
        }
    }

    /** How long to wait before a request on {@code route}; zero when it may go now. */
    synchronized Duration waitFor(String route) {
        Instant until = later(global, routes.getOrDefault(route, Instant.MIN));
        Duration wait = Duration.between(clock.now(), until.equals(Instant.MIN) ? clock.now() : until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
