package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Bot API error answer: {@code {"ok":false,"error_code":N,"description":"…","parameters":{…}}}.
 *
 * <p>Thrown by method handlers and turned into an {@link Answer} by the router.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String CONFLICT_OTHER_POLL =
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
    static final String CONFLICT_WEBHOOK = "Conflict: can't use getUpdates method while webhook is active;"
            + " use deleteWebhook to delete the webhook first";

    private final int errorCode;
    private final transient Optional<JsonObject> parameters;
    private final transient Map<String, String> headers;

    private ApiError(int errorCode, String description, Optional<JsonObject> parameters, Map<String, String> headers) {
        super(Objects.requireNonNull(description, "description"), null, false, false);
        this.errorCode = errorCode;
        this.parameters = parameters;
        this.headers = Map.copyOf(headers);
    }

    static ApiError of(int errorCode, String description) {
        return new ApiError(errorCode, description, Optional.empty(), Map.of());
    }

    /** 400 with {@code "Bad Request: "} prepended to {@code detail} unless already there. */
    static ApiError badRequest(String detail) {
        return of(400, withPrefix("Bad Request: ", detail));
    }

    /** 403 with {@code "Forbidden: "} prepended to {@code detail} unless already there. */
    static ApiError forbidden(String detail) {
        return of(403, withPrefix("Forbidden: ", detail));
    }

    static ApiError unauthorized() {
        return of(401, "Unauthorized");
    }

    static ApiError methodNotFound() {
        return of(404, "Not Found: method not found");
    }

    static ApiError notFound() {
        return of(404, "Not Found");
    }

    static ApiError conflict(String description) {
        return of(409, description);
    }

    /** 429 exactly as the Bot API server writes it, with the wait in the header and/or the body. */
    static ApiError tooManyRequests(int retryAfter, boolean header, boolean body) {
        Optional<JsonObject> parameters = body
                ? Optional.of(Json.object().put("retry_after", retryAfter).build())
                : Optional.empty();
        Map<String, String> headers = header ? Map.of("Retry-After", Integer.toString(retryAfter)) : Map.of();
        return new ApiError(429, "Too Many Requests: retry after " + retryAfter, parameters, headers);
    }

    /** 400 for a group that became a supergroup, with {@code parameters.migrate_to_chat_id}. */
    static ApiError migrated(long toChatId) {
        return new ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                Optional.of(Json.object().put("migrate_to_chat_id", toChatId).build()), Map.of());
    }

    static ApiError serverError(int status) {
        String reason = switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Server Error";
        };
        return of(status, reason);
    }

    int errorCode() {
        return errorCode;
    }

    String description() {
        return getMessage();
    }

    Answer toAnswer() {
        JsonObject.Builder envelope = Json.object()
                .put("ok", false)
                .put("error_code", errorCode)
                .put("description", description());
        parameters.ifPresent(p -> envelope.put("parameters", p));
        return new Answer(errorCode, headers, envelope.build().toString());
    }

    private static String withPrefix(String prefix, String detail) {
        Objects.requireNonNull(detail, "detail");
        return detail.startsWith(prefix) ? detail : prefix + detail;
    }
}
