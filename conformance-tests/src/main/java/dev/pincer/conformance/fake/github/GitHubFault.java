package dev.pincer.conformance.fake.github;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted answer that {@link FakeGitHub} gives instead of the normal one, queued per HTTP method with
 * {@link FakeGitHub#failNext} or installed with {@link FakeGitHub#failAlways}; each is recorded like a
 * normal request. The factory methods build GitHub's own answers.
 */
public sealed interface GitHubFault {

    /** An answer with this status, headers and body. */
    record Answer(int status, Map<String, String> headers, String body) implements GitHubFault {
        public Answer {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("an HTTP status is 100..599, was " + status);
            }
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
        }
    }

    /** The connection is closed without an answer. */
    record DropConnection() implements GitHubFault {}

    /** The request is held without an answer until the fake closes. */
    record NeverAnswer() implements GitHubFault {}

    /**
     * A secondary rate limit: {@code status} (403 or 429) with GitHub's message, and {@code retry-after}
     * when {@code retryAfterSeconds} is not negative.
     */
    static GitHubFault secondaryRateLimit(int status, int retryAfterSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (retryAfterSeconds >= 0) {
            headers.put("retry-after", Integer.toString(retryAfterSeconds));
        }
        return new Answer(status, headers, GitHubJson.error(status, GitHubJson.SECONDARY_RATE_LIMIT,
                GitHubJson.RATE_LIMIT_DOCS + "#about-secondary-rate-limits"));
    }

    /** A primary rate limit: {@code status} with GitHub's message, {@code x-ratelimit-remaining: 0} and the reset. */
    static GitHubFault primaryRateLimit(int status, long resetEpochSeconds) {
        return new Answer(status, Map.of("x-ratelimit-limit", "5000", "x-ratelimit-remaining", "0",
                "x-ratelimit-used", "5000", "x-ratelimit-reset", Long.toString(resetEpochSeconds), "x-ratelimit-resource", "core"),
                GitHubJson.error(status, GitHubJson.PRIMARY_RATE_LIMIT, GitHubJson.RATE_LIMIT_DOCS));
    }

    /** A 403 that is not a rate limit: a token without the permission the endpoint needs. */
    static GitHubFault forbidden() {
        return new Answer(403, Map.of("x-ratelimit-remaining", "4999", "x-accepted-github-permissions", "issues=write"),
                GitHubJson.error(403, "Resource not accessible by personal access token",
                        "https://docs.github.com/rest/issues/issues#create-an-issue"));
    }

    /** A 422 Validation Failed with one error naming {@code field} and {@code code}, as GitHub answers it. */
    static GitHubFault validationFailed(String resource, String field, String code) {
        return new Answer(422, Map.of(), GitHubJson.validationFailed(resource, field, code, null,
                "https://docs.github.com/rest/issues/issues#create-an-issue"));
    }

    /** A server error with GitHub's JSON body {@code {"message":"Server Error"}}. */
    static GitHubFault serverError(int status) {
        return new Answer(status, Map.of(), "{\"message\":\"Server Error\"}");
    }

    /** A 2xx answer whose body is not JSON, as a misbehaving proxy might send. */
    static GitHubFault htmlOk() {
        return new Answer(200, Map.of("content-type", "text/html"), "<html><body><h1>Unicorn!</h1></body></html>");
    }
}
