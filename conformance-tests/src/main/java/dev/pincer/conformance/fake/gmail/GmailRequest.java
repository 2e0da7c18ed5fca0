package dev.pincer.conformance.fake.gmail;

import dev.pincer.conformance.fake.HttpExchanges;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request that reached {@link FakeGmail}, with the answer it got.
 *
 * @param at the virtual time it arrived
 * @param method {@code GET}, {@code POST}, …
 * @param path the raw path, such as {@code /gmail/v1/users/me/messages}
 * @param query the query parameters, decoded, every value of each in order
 * @param headers the request headers, names lower case
 * @param body the request body as UTF-8 text
 * @param status the status answered; {@code -1} for a dropped connection, {@code 0} while unanswered
 * @param responseBody the body answered
 */
public record GmailRequest(Instant at, String method, String path, Map<String, List<String>> query,
        Map<String, List<String>> headers, String body, int status, String responseBody) {

    public GmailRequest {
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

    /** The first value of a query parameter. */
    public Optional<String> param(String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** Every value of a query parameter, in order; empty when it is absent. */
    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    GmailRequest answered(int answeredStatus, String answeredBody) {
        return new GmailRequest(at, method, path, query, headers, body, answeredStatus, answeredBody);
    }

    /** {@code METHOD path?query}, for messages. */
    public String line() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
}
