package example.github;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.util.Optional;

/** What one attempt got: a response from GitHub, or no response at all. */
sealed interface Answer {

    /** A response; {@code body} is its JSON, empty when the body is not JSON. */
    record Response(HttpResponse http, Optional<Json> body) implements Answer {
        static Response of(HttpResponse http) {
            try {
                return new Response(http, Optional.of(Json.parse(http.bodyText())));
            } catch (JsonException e) {
                return new Response(http, Optional.empty());
            }
        }

        int status() {
            return http.status();
        }

        /** GitHub's {@code message}, or the status when the body is not GitHub's error JSON. */
        String message() {
            return body.filter(JsonObject.class::isInstance).flatMap(b -> ((JsonObject) b).optString("message"))
                    .orElse("HTTP " + http.status() + " without GitHub's error body");
        }
    }

    /** No response: the runtime refused the request, or the network failed. */
    record NoResponse(EgressException.Kind kind) implements Answer {}
}
