package dev.pincer.conformance.fake.discord;

import java.util.Map;
import java.util.Objects;

/** A scripted answer that {@link FakeDiscordRest} gives instead of the normal one. */
public sealed interface RestFault {

    /** This status, JSON (or other) body and extra headers. */
    record Answer(int status, String body, Map<String, String> headers) implements RestFault {
        public Answer {
            Objects.requireNonNull(body, "body");
            headers = Map.copyOf(headers);
        }
    }

    /** The connection is closed without an answer. */
    record Drop() implements RestFault {}

    /** The message is created (and remembered by nonce), then the connection is closed without an answer. */
    record CreateThenDrop() implements RestFault {}

    /** A 429 with Discord's body; {@code global} also sets {@code X-RateLimit-Global} and {@code X-RateLimit-Scope}. */
    public static RestFault tooManyRequests(double retryAfter, boolean global) {
        String body = "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfter + ",\"global\":" + global
                + (global ? ",\"code\":0}" : "}");
        Map<String, String> headers = global
                ? Map.of("Retry-After", Long.toString((long) Math.ceil(retryAfter)), "X-RateLimit-Global", "true",
                        "X-RateLimit-Scope", "global")
                : Map.of("Retry-After", Long.toString((long) Math.ceil(retryAfter)), "X-RateLimit-Scope", "user",
                        "X-RateLimit-Limit", "5", "X-RateLimit-Remaining", "0",
                        "X-RateLimit-Reset-After", Double.toString(retryAfter));
        return new Answer(429, body, headers);
    }

    /** An error with Discord's {@code {"message","code"}} body. */
    public static RestFault error(int status, String message, int code) {
        return new Answer(status, "{\"message\":\"" + message + "\",\"code\":" + code + "}", Map.of());
    }
}
