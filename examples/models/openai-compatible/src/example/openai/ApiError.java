package example.openai;

import dev.pincer.spi.HttpResponse;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.time.Duration;
import java.util.Optional;

/**
 * An error answer, read in any of the shapes the profile lists (OAI-ERR-001): OpenAI's
 * {@code {"error":{"message","type","param","code"}}}, llama.cpp's {@code {"error":{"code":400,"message","type"}}}
 * and vLLM's {@code {"object":"error","message","type","code":400}}.
 *
 * @param status the HTTP status
 * @param message the server's message, or a sentence naming the status when the body has none
 * @param type {@code error.type}, or empty
 * @param code {@code error.code} as text (a number for llama.cpp and vLLM), or empty
 * @param delay the wait the server asked for: {@code retry-after-ms}, else {@code retry-after}
 */
record ApiError(int status, String message, String type, String code, Optional<Duration> delay) {

    static ApiError read(HttpResponse response) {
        JsonObject fields = errorObject(response.bodyText());
        String message = text(fields, "message")
                .orElse("HTTP " + response.status() + " without an error message in the body");
        return new ApiError(response.status(), message, text(fields, "type").orElse(""), text(fields, "code").orElse(""),
                delay(response));
    }

    /** A 400 that OAI-ERR-002 reads as a context-length error. */
    boolean contextTooLong() {
        return status == 400 && (code.equals("context_length_exceeded") || type.equals("exceed_context_size_error")
                || message.contains("maximum context length"));
    }

    /** A 429 for exhausted quota, which waiting does not cure (OAI-ERR-003). */
    boolean quotaExhausted() {
        return status == 429 && (type.equals("insufficient_quota") || code.equals("insufficient_quota"));
    }

    /** {@code 503 The engine is currently overloaded…}: the status and the server's words. */
    String describe() {
        return status + " " + message;
    }

    private static JsonObject errorObject(String body) {
        try {
            JsonObject object = Json.parseObject(body);
            return object.optObject("error").orElse(object);
        } catch (JsonException e) {
            return Json.object().build(); // a proxy's HTML page, or nothing
        }
    }

    private static Optional<String> text(JsonObject fields, String name) {
        return fields.get(name).flatMap(value -> switch (value) {
            case JsonString string -> Optional.of(string.value());
            case JsonNumber number -> Optional.of(number.value().toPlainString());
            default -> Optional.empty();
        });
    }

    private static Optional<Duration> delay(HttpResponse response) {
        Optional<Duration> millis = response.header("retry-after-ms").flatMap(value -> {
            try {
                long ms = Long.parseLong(value.strip());
                return ms >= 0 ? Optional.of(Duration.ofMillis(ms)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        return millis.or(response::retryAfter);
    }
}
