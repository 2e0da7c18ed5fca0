package dev.pincer.conformance.fake.slack;

import java.time.Duration;
import java.util.Objects;

/**
 * A scripted failure that {@link FakeSlack} answers instead of (or before) the normal Web API response.
 *
 * <p>Queue faults per method with {@link FakeSlack#failNext} or install them with {@link FakeSlack#failAlways};
 * each one is recorded like a normal request.
 */
public sealed interface SlackFault {

    /** HTTP 429 with {@code Retry-After: seconds} and the body {@code {"ok":false,"error":"ratelimited"}}. */
    record RateLimited(int retryAfterSeconds) implements SlackFault {
        public RateLimited {
            if (retryAfterSeconds < 0) {
                throw new IllegalArgumentException("retryAfterSeconds must be 0 or more, was " + retryAfterSeconds);
            }
        }
    }

    /** HTTP 200 with {@code {"ok":false,"error":"<error>"}}, as Slack answers every Web API error. */
    record ApiError(String error) implements SlackFault {
        public ApiError {
            Objects.requireNonNull(error, "error");
            if (!error.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Slack error codes are lower-case words joined by '_',"
                        + " such as channel_not_found; got \"" + error + "\"");
            }
        }
    }

    /** A 5xx status with the HTML page Slack's edge serves, e.g. 502 {@code Bad Gateway}. */
    record ServerError(int status) implements SlackFault {
        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("a server error status is 500..599, was " + status);
            }
        }
    }

    /** HTTP 200 whose body is exactly {@code body}. */
    record Malformed(String body) implements SlackFault {
        public Malformed {
            Objects.requireNonNull(body, "body");
        }
    }

    /** The connection is closed without a response. Recorded with status -1. */
    record ConnectionReset() implements SlackFault {}

    /** Waits {@code realDelay} of real time (or until the fake closes), then answers normally. */
    record Slow(Duration realDelay) implements SlackFault {
        public Slow {
            Objects.requireNonNull(realDelay, "realDelay");
            if (realDelay.isNegative()) {
                throw new IllegalArgumentException("realDelay must not be negative, was " + realDelay);
            }
        }
    }
}
