package dev.pincer.conformance.fake.github;

import dev.pincer.conformance.fake.HttpExchanges;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request that reached {@link FakeGitHub}, with the answer it got.
 *
 * @param at the virtual time it arrived
 * @param method {@code GET}, {@code POST}, …
 * @param path the raw path, such as {@code /repos/acme/widgets/issues}
 * @param query the query parameters, decoded, first value of each
 * @param headers the request headers, names lower case
 * @param body the request body as UTF-8 text
 * @param status the status answered; {@code -1} for a dropped connection, {@code 0} while unanswered
 * @param responseBody the body answered
 */
public record GitHubRequest(Instant at, String method, String path, Map<String, String> query,
        Map<String, List<String>> headers, String body, int status, String responseBody) {

    public GitHubRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(responseBody, "responseBody");
    }

    /** The first value of a request header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        return HttpExchanges.firstHeader(headers, name);
    }

    /** This request with the answer it got. */
    GitHubRequest answered(int answeredStatus, String answeredBody) {
        return new GitHubRequest(at, method, path, query, headers, body, answeredStatus, answeredBody);
    }

    /** {@code METHOD path}, for messages. */
    public String line() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
}
