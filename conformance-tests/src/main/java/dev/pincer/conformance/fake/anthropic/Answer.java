package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonNull;
import dev.pincer.spi.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link FakeAnthropic} answers to one valid {@code POST /v1/messages}, as a check scripts it.
 *
 * <p>Requests the real API would refuse (bad key, bad body, unknown model, too long for the context window) are
 * refused before any scripted answer is used.
 */
public sealed interface Answer {

    /**
     * HTTP 200 with a message: the fake adds {@code id}, {@code type}, {@code role}, {@code model} and
     * {@code stop_sequence}, and computes {@code usage} from the request when {@code usage} is empty.
     *
     * @param content the {@code content} member, served as is (it need not be valid, to script malformed answers)
     * @param stopReason the {@code stop_reason} member, a string or {@code null}
     * @param usage the {@code usage} member as served, or empty to count tokens as the fake does
     * @param extra members added after the others, such as unknown future fields
     */
    record Message(Json content, Json stopReason, Optional<Json> usage, JsonObject extra) implements Answer {
        public Message {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(stopReason, "stopReason");
            Objects.requireNonNull(usage, "usage");
            Objects.requireNonNull(extra, "extra");
        }

        /** The same message with this {@code usage} member. */
        public Message withUsage(Json newUsage) {
            return new Message(content, stopReason, Optional.of(newUsage), extra);
        }

        /** The same message with one more top-level member. */
        public Message withExtra(String name, Json value) {
            Map<String, Json> members = new LinkedHashMap<>(extra.members());
            members.put(name, value);
            return new Message(content, stopReason, usage, Json.object(members));
        }
    }

    /**
     * An error answer in the API's envelope, with {@code request-id} and, when given, {@code retry-after}.
     *
     * @param status the HTTP status, 400 to 599
     * @param type {@code error.type}, such as {@code rate_limit_error}
     * @param message {@code error.message}
     * @param retryAfterSeconds the {@code retry-after} header, if any
     * @param details {@code error.details}, if any
     */
    record Error(int status, String type, String message, OptionalInt retryAfterSeconds, Optional<JsonObject> details)
            implements Answer {
        public Error {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error answer needs a status from 400 to 599, was " + status);
            }
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(retryAfterSeconds, "retryAfterSeconds");
            Objects.requireNonNull(details, "details");
        }
    }

    /** Exactly this status, content type and body, for HTML pages from a proxy or malformed JSON. */
    record Raw(int status, String contentType, String body) implements Answer {
        public Raw {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
        }
    }

    /** The connection is closed without an answer: the client sees a network error. Recorded with status -1. */
    record Drop() implements Answer {}

    /** No answer until the fake closes: the client waits until its timeout or until it is cancelled. */
    record Hang() implements Answer {}

    /** A text answer that ends the turn. */
    static Message text(String text) {
        return message("end_turn", textBlock(text));
    }

    /** A message with these content blocks and this stop reason ({@code null} for a JSON null). */
    static Message message(String stopReason, Json... blocks) {
        return new Message(Json.array(List.of(blocks)), stopReason == null ? JsonNull.INSTANCE : Json.of(stopReason),
                Optional.empty(), Json.object().build());
    }

    /** {@code {"type":"text","text":...}}. */
    static JsonObject textBlock(String text) {
        return Json.object().put("type", "text").put("text", text).build();
    }

    /** {@code {"type":"tool_use","id":...,"name":...,"input":...}}. */
    static JsonObject toolUseBlock(String id, String name, JsonObject input) {
        return Json.object().put("type", "tool_use").put("id", id).put("name", name).put("input", input).build();
    }

    /** {@code {"input_tokens":...,"output_tokens":...}}. */
    static JsonObject usage(long inputTokens, long outputTokens) {
        return Json.object().put("input_tokens", inputTokens).put("output_tokens", outputTokens).build();
    }

    /** 429 {@code rate_limit_error}, with {@code retry-after} when {@code retryAfterSeconds} is not null. */
    static Error rateLimited(Integer retryAfterSeconds) {
        return new Error(429, "rate_limit_error", ApiErrors.RATE_LIMIT_MESSAGE, optional(retryAfterSeconds), Optional.empty());
    }

    /** 529 {@code overloaded_error}, with {@code retry-after} when {@code retryAfterSeconds} is not null. */
    static Error overloaded(Integer retryAfterSeconds) {
        return new Error(529, "overloaded_error", "Overloaded", optional(retryAfterSeconds), Optional.empty());
    }

    /** 500 {@code api_error} or another 5xx with the API's envelope. */
    static Error serverError(int status) {
        return new Error(status, "api_error", "Internal server error", OptionalInt.empty(), Optional.empty());
    }

    /** 401 {@code authentication_error}: {@code invalid x-api-key}. */
    static Error unauthorized() {
        return new Error(401, "authentication_error", "invalid x-api-key", OptionalInt.empty(), Optional.empty());
    }

    /** 403 {@code permission_error}: {@code Permission denied}. */
    static Error forbidden() {
        return new Error(403, "permission_error", "Permission denied", OptionalInt.empty(), Optional.empty());
    }

    /** 400 {@code invalid_request_error} with this message. */
    static Error invalidRequest(String message) {
        return new Error(400, "invalid_request_error", message, OptionalInt.empty(), Optional.empty());
    }

    /** 413 {@code request_too_large}. */
    static Error requestTooLarge() {
        return new Error(413, "request_too_large", "Request exceeds the maximum allowed number of bytes.", OptionalInt.empty(),
                Optional.empty());
    }

    /** 429 for a reached spend limit: no {@code retry-after}, {@code details.error_code} {@code enforced_spend_limit_reached}. */
    static Error spendLimitReached(String message) {
        return new Error(429, "rate_limit_error", message, OptionalInt.empty(),
                Optional.of(Json.object().put("error_code", "enforced_spend_limit_reached").build()));
    }

    /** A JSON array of these values. */
    static JsonArray array(Json... values) {
        return Json.array(List.of(values));
    }

    private static OptionalInt optional(Integer seconds) {
        return seconds == null ? OptionalInt.empty() : OptionalInt.of(seconds);
    }
}
