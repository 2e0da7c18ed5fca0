package example.github;

import dev.pincer.spi.Clock;
import dev.pincer.spi.EgressException;
import dev.pincer.spi.Http;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends one request to the GitHub REST API with GitHub's headers and the token's placeholder.
 *
 * <p>The placeholder stands for the token: it goes only into the {@code Authorization} header, and no URL,
 * request or header ever goes into a message. Changes are spaced at least one second apart, as GitHub's
 * best practices ask. Thread-safe.
 */
final class RestApi {
    private static final String BASE = "https://api.github.com";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration BETWEEN_CHANGES = Duration.ofSeconds(1);

    private final Http http;
    private final String authorization;
    private final String userAgent;
    private final Clock clock;
    private volatile boolean stopped;
    private Instant lastChange = Instant.MIN;

    RestApi(Http http, String tokenPlaceholder, String userAgent, Clock clock) {
        this.http = http;
        this.authorization = "Bearer " + tokenPlaceholder;
        this.userAgent = userAgent;
        this.clock = clock;
    }

    /** {@code GET} of a path and query such as {@code /repos/o/r/issues?state=open}. */
    Answer get(String pathAndQuery) throws InterruptedException {
        return send("GET", pathAndQuery, null);
    }

    /** {@code POST} of a JSON body, at least one second after the previous change. */
    Answer post(String path, JsonObject body) throws InterruptedException {
        synchronized (this) {
            Instant due = lastChange == Instant.MIN ? Instant.MIN : lastChange.plus(BETWEEN_CHANGES);
            Instant now = clock.now();
            if (now.isBefore(due)) {
                clock.sleep(Duration.between(now, due));
            }
            lastChange = clock.now();
        }
        return send("POST", path, body);
    }

    /** Makes every later request throw {@link InterruptedException}: the runtime is stopping the tool. */
    void stop() {
        stopped = true;
    }

    private Answer send(String method, String pathAndQuery, JsonObject body) throws InterruptedException {
        if (stopped) {
            throw new InterruptedException("the GitHub tool is stopping");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", List.of(authorization));
        headers.put("Accept", List.of("application/vnd.github+json"));
        headers.put("X-GitHub-Api-Version", List.of("2022-11-28"));
        headers.put("User-Agent", List.of(userAgent));
        byte[] bytes = new byte[0];
        if (body != null) {
            headers.put("Content-Type", List.of("application/json"));
            bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        }
        HttpRequest request = new HttpRequest(method, URI.create(BASE + pathAndQuery), headers, bytes, TIMEOUT);
        try {
            return Answer.Response.of(http.send(request));
        } catch (EgressException e) {
            return new Answer.NoResponse(e.kind()); // the kind only: the message may name the URL
        }
    }
}
