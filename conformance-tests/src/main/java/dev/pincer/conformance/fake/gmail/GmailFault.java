package dev.pincer.conformance.fake.gmail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted answer that {@link FakeGmail} gives instead of the normal one, queued per HTTP method with
 * {@link FakeGmail#failNext} or installed with {@link FakeGmail#failAlways}; each is recorded like a normal
 * request. The factory methods build Gmail's own answers.
 */
public sealed interface GmailFault {

    /** An answer with this status, headers and body. */
    record Answer(int status, Map<String, String> headers, String body) implements GmailFault {
        public Answer {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("an HTTP status is 100..599, was " + status);
            }
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }
    }

    /** The connection is closed without an answer. */
    record DropConnection() implements GmailFault {}

    /** The request is held without an answer until the fake closes. */
    record NeverAnswer() implements GmailFault {}

    /** 429 {@code rateLimitExceeded}, with {@code Retry-After} when {@code retryAfterSeconds} is not negative. */
    static GmailFault tooManyRequests(int retryAfterSeconds) {
        return new Answer(429, retryAfter(retryAfterSeconds), GmailErrors.body(429, "Too many concurrent requests for user",
                "usageLimits", "rateLimitExceeded", "RESOURCE_EXHAUSTED"));
    }

    /** 403 {@code userRateLimitExceeded}, with {@code Retry-After} when {@code retryAfterSeconds} is not negative. */
    static GmailFault userRateLimit(int retryAfterSeconds) {
        return new Answer(403, retryAfter(retryAfterSeconds), GmailErrors.body(403, "User Rate Limit Exceeded",
                "usageLimits", "userRateLimitExceeded", "PERMISSION_DENIED"));
    }

    /** 403 {@code insufficientPermissions}: the token lacks the scope the method needs; not a rate limit. */
    static GmailFault insufficientScope() {
        return new Answer(403, Map.of(), GmailErrors.body(403, "Request had insufficient authentication scopes.",
                GmailErrors.error("Insufficient Permission", "global", "insufficientPermissions").build(), "PERMISSION_DENIED"));
    }

    /** 400 {@code INVALID_ARGUMENT} with Google's {@code message}, such as {@code Invalid To header}. */
    static GmailFault invalidArgument(String message) {
        return new Answer(400, Map.of(), GmailErrors.invalidArgument(message));
    }

    /** 500 {@code backendError} (status INTERNAL), 503 (UNAVAILABLE) or another 5xx, in Google's shape. */
    static GmailFault serverError(int status) {
        String message = status == 503 ? "The service is currently unavailable." : "Internal error encountered.";
        String rpc = status == 503 ? "UNAVAILABLE" : "INTERNAL";
        return new Answer(status, Map.of(), GmailErrors.body(status, message,
                GmailErrors.error("Backend Error", "global", "backendError").build(), rpc));
    }

    /** A 2xx answer whose body is not JSON, as a misbehaving proxy might send. */
    static GmailFault htmlOk() {
        return new Answer(200, Map.of("content-type", "text/html; charset=UTF-8"), "<html><body>Temporary page</body></html>");
    }

    /** A 2xx answer whose JSON is cut off. */
    static GmailFault truncatedJson() {
        return new Answer(200, Map.of(), "{\"id\":\"18c2f0a1b2c3d4e5\",\"threadId\":");
    }

    private static Map<String, String> retryAfter(int seconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (seconds >= 0) {
            headers.put("retry-after", Integer.toString(seconds));
        }
        return headers;
    }
}
