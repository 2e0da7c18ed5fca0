package dev.pincer.runtime.context;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request an integration asked {@link Egress} to send, as the integration wrote it, and what became of it.
 *
 * @param at the clock's time when the integration asked
 * @param method the HTTP method
 * @param uri the URI as the integration wrote it: placeholders, never secret values
 * @param host the URI's host, lower case
 * @param headers the headers as the integration wrote them
 * @param body the body as the integration wrote it
 * @param timeout the request's timeout
 * @param status the response's status, or -1 when no response was returned
 * @param outcome {@code response}, {@code refused: …}, {@code network: …}, {@code timeout},
 *     {@code too large: …} or {@code interrupted}
 */
public record EgressRecord(
        Instant at,
        String method,
        URI uri,
        String host,
        Map<String, List<String>> headers,
        byte[] body,
        Duration timeout,
        int status,
        String outcome) {

    public EgressRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(host, "host");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The body as a defensive copy. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** True if a response was returned to the integration. */
    public boolean answered() {
        return status >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EgressRecord that
                && at.equals(that.at) && method.equals(that.method) && uri.equals(that.uri) && host.equals(that.host)
                && headers.equals(that.headers) && Arrays.equals(body, that.body) && timeout.equals(that.timeout)
                && status == that.status && outcome.equals(that.outcome);
    }

    @Override
    public int hashCode() {
        return Objects.hash(at, method, uri, host, headers, Arrays.hashCode(body), timeout, status, outcome);
    }

    @Override
    public String toString() {
        return "EgressRecord[" + at + " " + method + " " + uri + ", " + body.length + " body bytes, " + outcome
                + (status >= 0 ? " " + status : "") + "]";
    }
}
