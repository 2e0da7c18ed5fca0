package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The API's error envelope, {@code {"type":"error","error":{"type":...,"message":...},"request_id":...}}, and the
 * errors the fake raises itself while checking a request.
 */
final class ApiErrors {
    /** The message of a 429 as the API words it for a request-rate limit. */
    static final String RATE_LIMIT_MESSAGE = "This request would exceed your account's rate limit. Please try again later.";

    private ApiErrors() {}

    /** The envelope's JSON text. */
    static String body(String type, String message, Optional<JsonObject> details, String requestId) {
        JsonObject.Builder error = Json.object().put("type", type).put("message", message);
        details.ifPresent(d -> error.put("details", d));
        return Json.object().put("type", "error").put("error", error.build()).put("request_id", requestId).build().toString();
    }

    /** A problem the fake found with a request, answered as 400 {@code invalid_request_error}. */
    static Answer.Error invalid(String message) {
        return Answer.invalidRequest(message);
    }

    /** 401 for a request without {@code x-api-key}. */
    static Answer.Error missingKey() {
        return new Answer.Error(401, "authentication_error", "x-api-key header is required", OptionalInt.empty(), Optional.empty());
    }

    /** 404 for a path the API does not serve. */
    static Answer.Error notFound() {
        return new Answer.Error(404, "not_found_error", "Not Found", OptionalInt.empty(), Optional.empty());
    }

    /** 404 for a model the API does not know. */
    static Answer.Error unknownModel(String model) {
        return new Answer.Error(404, "not_found_error", "model: " + model, OptionalInt.empty(), Optional.empty());
    }

    /** 405 for a method the path does not serve. */
    static Answer.Error methodNotAllowed() {
        return new Answer.Error(405, "invalid_request_error", "Method Not Allowed", OptionalInt.empty(), Optional.empty());
    }

    /** The context-length error, with the request's count and the window. */
    static Answer.Error promptTooLong(long tokens, long window) {
        return invalid("prompt is too long: " + tokens + " tokens > " + window + " maximum");
    }
}
