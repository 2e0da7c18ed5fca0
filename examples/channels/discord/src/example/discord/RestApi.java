package example.discord;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.Http;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Calls {@code https://discord.com/api/v10} with {@code Authorization: Bot <placeholder>} and reads
 * Discord's answers: JSON bodies, {@code {"message","code","errors"}} errors and rate-limit headers.
 *
 * <p>The URL and request never carry the token itself, only the secret's placeholder in a header,
 * and nothing here logs a request. Thread-safe.
 */
final class RestApi {
    static final String BASE = "https://discord.com/api/v10";
    private static final String USER_AGENT = "DiscordBot (https://github.com/pincer-dev/pincer, 1.0)";

    private final Http http;
    private final String authorization;

    RestApi(Http http, String tokenPlaceholder) {
        this.http = http;
        this.authorization = "Bot " + tokenPlaceholder;
    }

    RestResult get(String path) throws InterruptedException {
        return call(HttpRequest.get(URI.create(BASE + path)));
    }

    RestResult post(String path, JsonObject body) throws InterruptedException {
        return call(HttpRequest.postJson(URI.create(BASE + path), body.toString()));
    }

    private RestResult call(HttpRequest request) throws InterruptedException {
        HttpResponse response;
        try {
            response = http.send(request.withHeader("Authorization", authorization).withHeader("User-Agent", USER_AGENT)
                    .withTimeout(Duration.ofSeconds(15)));
        } catch (EgressException e) {
            return new RestResult.NoResponse(e);
        }
        Optional<JsonObject> body = object(response.bodyText());
        if (response.successful()) {
            return body.<RestResult>map(b -> new RestResult.Ok(b, bucketEmpty(response)))
                    .orElseGet(() -> new RestResult.Malformed(response.status(), "the body is not a JSON object"));
        }
        JsonObject error = body.orElse(Json.object().build());
        String message = error.optString("message").orElse(statusText(response.status()));
        Optional<Duration> retryAfter = error.optNumber("retry_after").map(RestApi::seconds)
                .or(() -> response.header("X-RateLimit-Reset-After").flatMap(RestApi::parseSeconds))
                .or(response::retryAfter);
        boolean global = error.optBool("global").orElse(false)
                || response.header("X-RateLimit-Global").map("true"::equalsIgnoreCase).orElse(false);
        String fields = error.optObject("errors").map(e -> String.join(", ", e.members().keySet())).orElse("");
        return new RestResult.Error(response.status(), message, error.optLong("code").orElse(0L), retryAfter, global, fields);
    }

    private static Optional<Duration> bucketEmpty(HttpResponse response) {
        if (!response.header("X-RateLimit-Remaining").map("0"::equals).orElse(false)) {
            return Optional.empty();
        }
        return response.header("X-RateLimit-Reset-After").flatMap(RestApi::parseSeconds);
    }

    private static Optional<Duration> parseSeconds(String text) {
        try {
            return Optional.of(seconds(new BigDecimal(text.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Seconds with decimals, rounded up to the millisecond so that a wait is never short. */
    private static Duration seconds(BigDecimal seconds) {
        return Duration.ofMillis(seconds.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact());
    }

    private static Optional<JsonObject> object(String text) {
        try {
            return Optional.of(Json.parseObject(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String statusText(int status) {
        return Map.of(500, "Internal Server Error", 502, "Bad Gateway", 503, "Service Unavailable", 504, "Gateway Timeout")
                .getOrDefault(status, "HTTP " + status);
    }

}
