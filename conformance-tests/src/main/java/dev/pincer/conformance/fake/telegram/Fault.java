package dev.pincer.conformance.fake.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * A scripted failure that {@link FakeTelegram} answers instead of (or before) the normal response.
 *
 * <p>Faults are queued per method with {@link FakeTelegram#failNext} or installed with
 * {@link FakeTelegram#failAlways}; each one is recorded like a normal request.
 */
public sealed interface Fault {

    /** HTTP 429 with {@code Retry-After} (if {@code header}) and {@code parameters.retry_after} (if {@code body}). */
    record TooManyRequests(int retryAfterSeconds, boolean header, boolean body) implements Fault {
        public TooManyRequests {
            if (retryAfterSeconds < 0) {
                throw new IllegalArgumentException(
                        "retryAfterSeconds must be 0 or more seconds, was " + retryAfterSeconds);
            }
        }
    }

    /** A 5xx answer with Telegram's JSON envelope, e.g. 502 {@code "Bad Gateway"}. */
    record ServerError(int status) implements Fault {
        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException(
                        "a server error status must be between 500 and 599 (500, 502, 503, 504 are typical), was "
                                + status);
            }
        }
    }

    /** HTTP 200 whose body is exactly {@code body} (garbage, truncated JSON, an HTML page…). */
    record Malformed(String body) implements Fault {
        public Malformed {
            Objects.requireNonNull(body, "body");
        }
    }

    /** HTTP 401 {@code "Unauthorized"}, as after the token was revoked. */
    record Unauthorized() implements Fault {}

    /** HTTP 409 {@code "Conflict: terminated by other getUpdates request; …"}. */
    record Conflict() implements Fault {}

    /**
     * HTTP 400 with this description; {@code "Bad Request: "} is prepended when missing, so
     * {@code "chat not found"} and {@code "Bad Request: chat not found"} give the same answer.
     */
    record BadRequest(String description) implements Fault {
        public BadRequest {
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * HTTP 403 with this description; {@code "Forbidden: "} is prepended when missing, so
     * {@code "bot was blocked by the user"} gives {@code "Forbidden: bot was blocked by the user"}.
     */
    record Forbidden(String description) implements Fault {
        public Forbidden {
            Objects.requireNonNull(description, "description");
        }
    }

    /** The connection is closed without any response: the client sees a network error. Recorded with status -1. */
    record ConnectionReset() implements Fault {}

    /** Waits {@code realDelay} of real time, then answers normally. */
    record Slow(Duration realDelay) implements Fault {
        public Slow {
            Objects.requireNonNull(realDelay, "realDelay");
            if (realDelay.isNegative()) {
                throw new IllegalArgumentException("realDelay must not be negative, was " + realDelay);
            }
        }
    }

    /** A 429 that carries the wait both in the {@code Retry-After} header and in {@code parameters.retry_after}. */
    static Fault tooManyRequests(int retryAfterSeconds) {
        return new TooManyRequests(retryAfterSeconds, true, true);
    }
}
