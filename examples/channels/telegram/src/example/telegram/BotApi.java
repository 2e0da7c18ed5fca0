package example.telegram;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.Http;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Calls Bot API methods and reads Telegram's response envelope.
 *
 * <p>Every method is {@code POST https://api.telegram.org/bot<token>/<method>} with a JSON body. The
 * token is never known here: the URL carries the secret's placeholder, which the runtime swaps for
 * the real token on its way to api.telegram.org. Because the URL stands for the secret, this class
 * never puts a URL, a request or the placeholder into a message; texts it returns are built from
 * method names and Telegram's descriptions only.
 */
final class BotApi {
    private static final String BASE = "https://api.telegram.org/bot";
    private static final double MAX_RETRY_AFTER_SECONDS = 86_400;

    private final Http http;
    private final String tokenPlaceholder;

    BotApi(Http http, String tokenPlaceholder) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokenPlaceholder = Objects.requireNonNull(tokenPlaceholder, "tokenPlaceholder");
        uri("getMe"); // fails early, and without showing the placeholder, if it cannot form a URL
    }

    /**
     * Calls {@code method} with {@code parameters} as its JSON body.
     *
     * @param timeout how long to wait for the whole response; a long poll needs more than its poll timeout
     * @throws InterruptedException if the channel is being stopped
     */
    ApiResult call(String method, JsonObject parameters, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.postJson(uri(method), parameters.toString()).withTimeout(timeout);
        HttpResponse response;
        try {
            response = http.send(request);
        } catch (EgressException e) {
            // Only the kind is kept: the runtime's message is secret-free, but may name the URL's host and path.
            return new ApiResult.NoResponse(e.kind());
        }
        return read(response);
    }

    /** Removes the token placeholder from a text that came from outside, in case a server echoed it. */
    String redact(String text) {
        return text.replace(tokenPlaceholder, "<token>");
    }

    private URI uri(String method) {
        try {
            return URI.create(BASE + tokenPlaceholder + "/" + method);
        } catch (IllegalArgumentException e) {
            // The exception's message would quote the URL, and with it the placeholder: do not chain it.
            throw new IntegrationException("cannot build the Bot API URL for " + method
                    + ": the TELEGRAM_BOT_TOKEN placeholder is not valid in a URL path");
        }
    }

    private ApiResult read(HttpResponse response) {
        JsonObject envelope;
        try {
            envelope = Json.parseObject(response.bodyText());
            if (envelope.bool("ok")) {
                return new ApiResult.Ok(envelope.get("result").orElseThrow(
                        () -> new JsonException("\"ok\" is true but member 'result' is missing")));
            }
            int code = envelope.optLong("error_code").map(Long::intValue).orElse(response.status());
            String description = envelope.optString("description").orElse("(no description)");
            Optional<Duration> retryAfter = envelope.optObject("parameters")
                    .flatMap(parameters -> parameters.get("retry_after"))
                    .flatMap(BotApi::seconds)
                    .or(response::retryAfter);
            return new ApiResult.Error(code, redact(description), retryAfter);
        } catch (JsonException e) {
            if (!response.successful()) {
                // A proxy or load balancer in front of Telegram may answer an error status with HTML.
                return new ApiResult.Error(response.status(),
                        "HTTP " + response.status() + " without a Telegram error body", response.retryAfter());
            }
            return new ApiResult.Malformed(redact(e.getMessage()));
        }
    }

    /**
     * A JSON number of seconds as a duration, rounded up to the millisecond and capped at a day;
     * empty if it is not a non-negative number.
     */
    private static Optional<Duration> seconds(Json value) {
        if (value instanceof JsonNumber number) {
            double seconds = number.doubleValue(); // a hostile 1e999 becomes Infinity, then the cap
            if (seconds >= 0) {
                long millis = (long) Math.ceil(Math.min(seconds, MAX_RETRY_AFTER_SECONDS) * 1000);
                return Optional.of(Duration.ofMillis(millis));
            }
        }
        return Optional.empty();
    }
}
