package example.slack;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one Web API call came back with.
 *
 * <p>Every text in here is safe to log or return: it is built from method names, statuses and
 * Slack's error codes, never from the request (whose header holds the token placeholder).
 */
sealed interface ApiResult {

    /** Errors that mean the token is wrong or gone; they will not heal by retrying. */
    Set<String> CREDENTIAL_ERRORS = Set.of("invalid_auth", "not_authed", "token_revoked", "token_expired",
            "account_inactive");

    /** Errors Slack documents as temporary on its side. */
    Set<String> TRANSIENT_ERRORS = Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

    /** HTTP 2xx with {@code {"ok":true,…}}. */
    record Ok(JsonObject body) implements ApiResult {
        public Ok {
            Objects.requireNonNull(body, "body");
        }
    }

    /** HTTP 2xx with {@code {"ok":false,"error":"<code>"}}: Slack's way of reporting every Web API error. */
    record Error(String code) implements ApiResult {
        public Error {
            Objects.requireNonNull(code, "code");
        }

        boolean credentials() {
            return CREDENTIAL_ERRORS.contains(code);
        }

        boolean transientFailure() {
            return TRANSIENT_ERRORS.contains(code);
        }
    }

    /** HTTP 429: wait {@code Retry-After} before calling the method again. */
    record RateLimited(Optional<Duration> retryAfter) implements ApiResult {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** Another HTTP status: 5xx is transient, any other 4xx a permanent refusal. */
    record HttpStatus(int status) implements ApiResult {
        boolean serverError() {
            return status >= 500 && status <= 599;
        }
    }

    /** A 2xx body that is not a Slack envelope (not JSON, or no {@code ok}). */
    record Malformed(String problem) implements ApiResult {
        public Malformed {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** No response: network error, timeout, or refused by the runtime. */
    record NoResponse(EgressException.Kind kind) implements ApiResult {
        public NoResponse {
            Objects.requireNonNull(kind, "kind");
        }

        boolean transientFailure() {
            return switch (kind) {
                case NETWORK, TIMEOUT -> true;
                case REFUSED, TOO_LARGE -> false;
            };
        }

        String describe() {
            return switch (kind) {
                case NETWORK -> "no connection to slack.com (network error)";
                case TIMEOUT -> "no response from slack.com in time (timeout)";
                case REFUSED -> "the runtime refused the request; check that pincer.json lists slack.com under egress"
                        + " and binds SLACK_BOT_TOKEN to it";
                case TOO_LARGE -> "the response was larger than the runtime allows";
            };
        }
    }
}
