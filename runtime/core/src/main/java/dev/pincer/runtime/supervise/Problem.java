package dev.pincer.runtime.supervise;

import java.time.Instant;
import java.util.Objects;

/**
 * Something an integration did that the owner must hear about: it overran a call limit, threw, or
 * returned nothing.
 *
 * @param integration the integration's name
 * @param call the call that went wrong: {@code start}, {@code receive}, {@code send} or {@code stop}
 * @param message what happened, redacted of secrets
 * @param at when the supervisor noticed
 * @param stopped whether the supervisor stopped the integration because of it
 */
public record Problem(String integration, String call, String message, Instant at, boolean stopped) {
    public Problem {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
