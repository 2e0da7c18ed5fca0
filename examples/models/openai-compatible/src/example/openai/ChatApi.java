package example.openai;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.Http;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends one attempt: {@code POST <baseUrl>/chat/completions} with the JSON body and, unless {@code apiKey} is
 * {@code none}, {@code Authorization: Bearer <placeholder>}. The only class that holds the placeholder.
 */
final class ChatApi {
    /** Long answers take time; the SPI allows at most 120 s. */
    private static final Duration TIMEOUT = HttpRequest.MAX_TIMEOUT;

    private final Http http;
    private final Settings settings;
    private final Optional<String> keyPlaceholder;

    ChatApi(Http http, Settings settings, Optional<String> keyPlaceholder) {
        this.http = http;
        this.settings = settings;
        this.keyPlaceholder = keyPlaceholder;
    }

    /** What one attempt came back with. */
    sealed interface Outcome {
        record Answered(HttpResponse response) implements Outcome {}

        /** No response; only the kind is kept, since the runtime's message may show the URL. */
        record NoResponse(EgressException.Kind kind) implements Outcome {}
    }

    Outcome send(String body) throws InterruptedException {
        HttpRequest request = HttpRequest.postJson(settings.endpoint(), body).withTimeout(TIMEOUT);
        if (keyPlaceholder.isPresent()) {
            request = request.withHeader("Authorization", "Bearer " + keyPlaceholder.get());
        }
        try {
            return new Outcome.Answered(http.send(request));
        } catch (EgressException e) {
            return new Outcome.NoResponse(e.kind());
        }
    }

    /** True for failures that may go away on retry. */
    static boolean transientFailure(EgressException.Kind kind) {
        return switch (kind) {
            case NETWORK, TIMEOUT -> true;
            case REFUSED, TOO_LARGE -> false;
        };
    }

    /** The failure in words, without any detail of the request. */
    static String describe(EgressException.Kind kind) {
        return switch (kind) {
            case NETWORK -> "no connection to the server (network error)";
            case TIMEOUT -> "no answer from the server within " + TIMEOUT.toSeconds() + " s (timeout)";
            case REFUSED -> "the runtime refused the request; check that pincer.json's egress lists the host of baseUrl"
                    + " and binds OPENAI_API_KEY to it";
            case TOO_LARGE -> "the answer was larger than the runtime allows";
        };
    }

    /** Removes the key's placeholder from text that came from the server, in case it echoed a header. */
    String redact(String text) {
        return keyPlaceholder.map(placeholder -> text.replace(placeholder, "<OPENAI_API_KEY>")).orElse(text);
    }
}
