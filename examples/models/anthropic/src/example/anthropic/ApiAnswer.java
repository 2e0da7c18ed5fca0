package example.anthropic;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one call of the Messages API came back with.
 *
 * <p>Every text in here is safe to log or return: it comes from Anthropic's answer or from fixed words, never from
 * the request (whose header holds the key's placeholder).
 */
sealed interface ApiAnswer {

    /** A 2xx answer whose body is a JSON object; {@link ReplyReader} decides whether it is a valid message. */
    record Message(JsonObject body) implements ApiAnswer {
        public Message {
            Objects.requireNonNull(body, "body");
        }
    }

    /** A 2xx answer whose body is not a JSON object. */
    record Unreadable(String problem) implements ApiAnswer {
        public Unreadable {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * An error status, with the envelope's {@code error.type} and {@code error.message} when the body has one.
     *
     * @param status the HTTP status
     * @param type {@code error.type}, or {@code ""} when the body is not the API's envelope (an HTML page from a proxy)
     * @param message {@code error.message}, or a description of the status when there is none
     * @param errorCode {@code error.details.error_code}, if any
     * @param retryAfter the {@code retry-after} header, if any
     */
    record Error(int status, String type, String message, Optional<String> errorCode, Optional<Duration> retryAfter)
            implements ApiAnswer {
        public Error {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(errorCode, "errorCode");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** The status, type and message in one phrase, such as {@code 529 overloaded_error: Overloaded}. */
        String describe() {
            return status + (type.isEmpty() ? "" : " " + type) + ": " + message;
        }
    }

    /** No answer at all: the network failed, the request timed out, or the runtime refused it. */
    record NoAnswer(EgressException.Kind kind) implements ApiAnswer {
        public NoAnswer {
            Objects.requireNonNull(kind, "kind");
        }

        /** The failure in words, without any detail that could carry the request. */
        String describe() {
            return switch (kind) {
                case NETWORK -> "no connection to api.anthropic.com (network error)";
                case TIMEOUT -> "no answer from api.anthropic.com within the timeout";
                case REFUSED -> "the runtime refused the request; check that pincer.json lists api.anthropic.com under egress"
                        + " and binds ANTHROPIC_API_KEY to it";
                case TOO_LARGE -> "the answer was larger than the runtime allows";
            };
        }
    }
}
