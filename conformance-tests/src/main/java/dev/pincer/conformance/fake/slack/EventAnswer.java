package dev.pincer.conformance.fake.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the channel's endpoint answered to one Events API request.
 *
 * @param request the request as scripted
 * @param at the virtual time it was sent
 * @param status the HTTP status; {@code -1} when no answer came (connection failed or timed out)
 * @param headers the response headers, names lower-cased
 * @param body the response body
 * @param took the real time until the answer (Slack gives up after 3 s)
 */
public record EventAnswer(EventRequest request, Instant at, int status, Map<String, List<String>> headers,
        String body, Duration took) {

    public EventAnswer {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(at, "at");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(took, "took");
    }

    /** True for a 2xx answer: Slack counts the event as delivered. */
    public boolean acknowledged() {
        return status >= 200 && status <= 299;
    }

    /** The first value of a response header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A short description for reports. */
    public String describe() {
        String shown = body.length() > 80 ? body.substring(0, 80) + "…" : body;
        return (status < 0 ? "no answer" : Integer.toString(status)) + (shown.isEmpty() ? "" : " \"" + shown + "\"")
                + " after " + took.toMillis() + " ms";
    }
}
