package example.discord;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.Optional;

/** What a Discord REST call came back with. */
sealed interface RestResult {

    /** A 2xx answer with a JSON object body; {@code bucketEmptyFor} is set when {@code X-RateLimit-Remaining} was 0. */
    record Ok(JsonObject body, Optional<Duration> bucketEmptyFor) implements RestResult {}

    /**
     * A 4xx or 5xx answer: Discord's {@code message} and {@code code} (0 when absent), the 429 fields, and
     * the names of the fields a 50035 complained about.
     */
    record Error(int status, String message, long code, Optional<Duration> retryAfter, boolean global, String fields)
            implements RestResult {
        boolean serverError() {
            return status >= 500;
        }

        String describe() {
            return status + " " + message + (code != 0 ? " (code " + code + ")" : "") + (fields.isEmpty() ? "" : " in " + fields);
        }
    }

    /** A 2xx answer whose body is not a JSON object. */
    record Malformed(int status, String problem) implements RestResult {}

    /** No answer: the runtime refused, or the network failed. */
    record NoResponse(EgressException error) implements RestResult {
        boolean transientFailure() {
            return error.transientFailure();
        }

        String describe() {
            return error.kind() + ": " + error.getMessage();
        }
    }
}
