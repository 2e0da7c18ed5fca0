package dev.pincer.conformance.fake.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Slack's side of the Events API: POSTs signed requests to a channel's endpoint and records the answers.
 *
 * <p>Each request carries {@code Content-Type: application/json}, {@code X-Slack-Request-Timestamp} (Unix seconds
 * of the virtual clock) and {@code X-Slack-Signature} ({@link SlackSigner}), and on retries
 * {@code X-Slack-Retry-Num} and {@code X-Slack-Retry-Reason}, as Slack sends them. Like Slack, it waits at most
 * 3 s for an answer (a little more here, so that a late answer is seen and judged). Thread-safe.
 */
public final class SlackEvents {
    /** How long Slack waits for an answer before it counts a delivery as failed ({@code http_timeout}). */
    public static final Duration SLACK_TIMEOUT = Duration.ofSeconds(3);

    private final String signingSecret;
    private final Supplier<Instant> clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<EventAnswer> answers = new ArrayList<>();

    SlackEvents(String signingSecret, Supplier<Instant> clock) {
        this.signingSecret = signingSecret;
        this.clock = clock;
    }

    /**
     * Sends {@code request} to {@code endpoint} and returns the answer; a request that gets none (refused
     * connection, no answer within 5 s) gives status {@code -1}.
     *
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public EventAnswer send(URI endpoint, EventRequest request) throws InterruptedException {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(request, "request");
        Instant at = clock.get();
        String timestamp = request.timestamp().orElseGet(() -> Long.toString(at.getEpochSecond() + request.clockOffsetSeconds()));
        byte[] signedBody = request.body().getBytes(StandardCharsets.UTF_8);
        byte[] sentBody = request.sentBody().map(b -> b.getBytes(StandardCharsets.UTF_8)).orElse(signedBody);
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(SLACK_TIMEOUT.plusSeconds(2))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sentBody));
        if (request.stamped()) {
            builder.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (request.signed()) {
            builder.header("X-Slack-Signature", SlackSigner.sign(request.signingSecret().orElse(signingSecret), timestamp, signedBody));
        }
        if (request.retryNum() > 0) {
            builder.header("X-Slack-Retry-Num", Integer.toString(request.retryNum()));
            builder.header("X-Slack-Retry-Reason", request.retryReason());
        }
        long start = System.nanoTime();
        EventAnswer answer;
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = new HashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            answer = new EventAnswer(request, at, response.statusCode(), headers, response.body(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            answer = new EventAnswer(request, at, -1, Map.of(), "", Duration.ofNanos(System.nanoTime() - start));
        }
        synchronized (answers) {
            answers.add(answer);
        }
        return answer;
    }

    /** Every answer so far, in order. */
    public List<EventAnswer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }
}
