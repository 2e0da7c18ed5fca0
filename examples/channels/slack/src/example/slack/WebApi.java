package example.slack;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.Http;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Calls Slack Web API methods: {@code POST https://slack.com/api/<method>} with a JSON body and the
 * bot token as a bearer.
 *
 * <p>The token is never known here: the {@code Authorization} header carries the secret's
 * placeholder, which the runtime swaps for the real token on its way to slack.com. Success is
 * decided by {@code ok}, never by the HTTP status, because Slack answers errors with HTTP 200.
 */
final class WebApi {
    private static final String BASE = "https://slack.com/api/";
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    private final Http http;
    private final String tokenPlaceholder;

    WebApi(Http http, String tokenPlaceholder) {
        this.http = Objects.requireNonNull(http, "http");
        this.tokenPlaceholder = Objects.requireNonNull(tokenPlaceholder, "tokenPlaceholder");
    }

    /**
     * Calls {@code method} with {@code parameters} as its JSON body.
     *
     * @throws InterruptedException if the channel is being stopped
     */
    ApiResult call(String method, JsonObject parameters) throws InterruptedException {
        HttpRequest request = new HttpRequest("POST", URI.create(BASE + method),
                Map.of("Content-Type", List.of("application/json; charset=utf-8"),
                        "Authorization", List.of("Bearer " + tokenPlaceholder)),
                parameters.toString().getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30));
        HttpResponse response;
        try {
            response = http.send(request);
        } catch (EgressException e) {
            return new ApiResult.NoResponse(e.kind());
        }
        return read(response);
    }

    private static ApiResult read(HttpResponse response) {
        if (response.status() == 429) {
            return new ApiResult.RateLimited(response.retryAfter().map(d -> d.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : d));
        }
        if (!response.successful()) {
            return new ApiResult.HttpStatus(response.status());
        }
        try {
            JsonObject body = Json.parseObject(response.bodyText());
            Optional<Boolean> ok = body.optBool("ok");
            if (ok.isEmpty()) {
                return new ApiResult.Malformed("the response has no \"ok\" member");
            }
            if (ok.get()) {
                return new ApiResult.Ok(body);
            }
            return new ApiResult.Error(body.optString("error").orElse("unknown_error"));
        } catch (JsonException e) {
            return new ApiResult.Malformed("the response is not JSON");
        }
    }
}
