package dev.pincer.runtime.route;

import dev.pincer.runtime.supervise.Problem;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The last problem per integration, for status. Thread-safe. */
final class Problems {
    private final Map<String, Problem> last = new ConcurrentHashMap<>();
    private final Clock clock;

    Problems(Clock clock) {
        this.clock = clock;
    }

    /** Records what went wrong in {@code call} ({@code "agent"}, {@code "send"}, {@code "store"}) for an integration. */
    void report(String integration, String call, String message) {
        last.put(integration, new Problem(integration, call, message, clock.instant(), false));
    }

    Optional<Problem> last(String integration) {
        return Optional.ofNullable(last.get(integration));
    }

    Iterable<String> integrations() {
        return last.keySet();
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
