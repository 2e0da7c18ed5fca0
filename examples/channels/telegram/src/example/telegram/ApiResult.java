package example.telegram;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.json.Json;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one Bot API call came back with.
 *
 * <p>Every text in here is safe to log or return: it is built from method names and Telegram's own
 * descriptions, never from the request URL (which holds the token placeholder).
 */
sealed interface ApiResult {

    /** Telegram answered {@code {"ok":true,"result":...}}. */
    record Ok(Json result) implements ApiResult {
        public Ok {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Telegram answered {@code {"ok":false,...}}, or an HTTP error status without a Telegram body.
     *
     * @param code Telegram's {@code error_code}, or the HTTP status when the body has none
     * @param description Telegram's {@code description}, for example
     *     {@code "Forbidden: bot was blocked by the user"}
     * @param retryAfter the wait Telegram asked for: {@code parameters.retry_after}, else the
     *     {@code Retry-After} header
     */
    record Error(int code, String description, Optional<Duration> retryAfter) implements ApiResult {
        public Error {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** 5xx: Telegram's side failed; the same call may succeed later. */
        boolean serverError() {
            return code >= 500 && code <= 599;
        }
    }

    /** A 2xx response whose body is not a Telegram envelope (not JSON, or no {@code ok} member). */
    record Malformed(String problem) implements ApiResult {
        public Malformed {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * No response at all: the network failed, the request timed out, or the runtime refused it.
     *
     * @param kind why; {@link EgressException#transientFailure()} tells whether a retry may help
     */
    record NoResponse(EgressException.Kind kind) implements ApiResult {
        public NoResponse {
            Objects.requireNonNull(kind, "kind");
        }

        /** True for network failures and timeouts, which may go away on retry. */
        boolean transientFailure() {
            return switch (kind) {
                case NETWORK, TIMEOUT -> true;
                case REFUSED, TOO_LARGE -> false;
            };
        }

        /** The failure in words, without any detail that could carry the URL. */
        String describe() {
            return switch (kind) {
                case NETWORK -> "no connection to api.telegram.org (network error)";
                case TIMEOUT -> "no response from api.telegram.org in time (timeout)";
                case REFUSED -> "the runtime refused the request; check that pincer.json lists api.telegram.org"
                        + " under egress and binds TELEGRAM_BOT_TOKEN to it";
                case TOO_LARGE -> "the response was larger than the runtime allows";
            };
        }
    }
}
