package example.anthropic;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.Http;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends one {@code POST https://api.anthropic.com/v1/messages} and reads the answer into an {@link ApiAnswer}.
 *
 * <p>The key travels only in {@code x-api-key}, as the secret's placeholder. The timeout is 120 s: Anthropic answers a
 * non-streaming request only when the whole answer is written.
 */
final class MessagesApi {
    static final URI ENDPOINT = URI.create("https://api.anthropic.com/v1/messages");
    static final String VERSION = "2023-06-01";
    static final Duration TIMEOUT = HttpRequest.MAX_TIMEOUT;

    private final Http http;
    private final String keyPlaceholder;

    MessagesApi(Http http, String keyPlaceholder) {
        this.http = Objects.requireNonNull(http, "http");
        this.keyPlaceholder = Objects.requireNonNull(keyPlaceholder, "keyPlaceholder");
    }

    /**
     * Sends {@code body}.
     *
     * @throws InterruptedException if the model is being stopped
     */
    ApiAnswer send(String body) throws InterruptedException {
        HttpRequest request = HttpRequest.postJson(ENDPOINT, body)
                .withHeader("x-api-key", keyPlaceholder)
                .withHeader("anthropic-version", VERSION)
                .withTimeout(TIMEOUT);
        HttpResponse response;
        try {
            response = http.send(request);
        } catch (EgressException e) {
            return new ApiAnswer.NoAnswer(e.kind()); // only the kind: the message may name the request
        }
        return response.successful() ? success(response) : error(response);
    }

    private static ApiAnswer success(HttpResponse response) {
        try {
            return new ApiAnswer.Message(Json.parseObject(response.bodyText()));
        } catch (JsonException e) {
            return new ApiAnswer.Unreadable("the answer is not a JSON object (" + e.getMessage() + ")");
        }
    }

    private static ApiAnswer error(HttpResponse response) {
        String type = "";
        String message = "HTTP " + response.status() + " without an Anthropic error body";
        Optional<String> errorCode = Optional.empty();
        try {
            JsonObject error = Json.parseObject(response.bodyText()).object("error");
            type = error.optString("type").orElse("");
            message = error.optString("message").orElse(message);
            errorCode = error.optObject("details").flatMap(details -> details.optString("error_code"));
        } catch (JsonException e) {
            // An HTML page from a proxy, or an empty body: the status alone decides.
        }
        return new ApiAnswer.Error(response.status(), type, message, errorCode, response.retryAfter());
    }
}
