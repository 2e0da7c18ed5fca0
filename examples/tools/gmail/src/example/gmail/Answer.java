package example.gmail;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonObject;
import java.util.Optional;

/** What one attempt got: a response from Gmail, or no response at all. */
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

        /** Google's {@code error.message}, or the status when the body is not Google's error JSON. */
        String message() {
            return error().flatMap(e -> e.optString("message")).orElse("HTTP " + http.status() + " without Google's error body");
        }

        /** {@code error.errors[0].reason}, such as {@code rateLimitExceeded}; empty when there is none. */
        String reason() {
            return error().flatMap(e -> e.optArray("errors")).filter(errors -> errors.size() > 0)
                    .map(errors -> errors.get(0)).filter(JsonObject.class::isInstance)
                    .flatMap(first -> ((JsonObject) first).optString("reason")).orElse("");
        }

        private Optional<JsonObject> error() {
            return body.filter(JsonObject.class::isInstance).flatMap(b -> ((JsonObject) b).optObject("error"));
        }
    }

    /** No response: the runtime refused the request, or the network failed. */
    record NoResponse(EgressException.Kind kind) implements Answer {}
}
