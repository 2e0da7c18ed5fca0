package example.gmail;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.Http;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends one request to the Gmail API for the token's own mailbox, {@code users/me}.
 *
 * <p>The token's placeholder goes only into the {@code Authorization} header; no URL, request or header
 * ever goes into a message. Thread-safe.
 */
final class RestApi {
    private static final String MAILBOX = "https://gmail.googleapis.com/gmail/v1/users/me/";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Http http;
    private final String authorization;
    private volatile boolean stopped;

    RestApi(Http http, String tokenPlaceholder) {
        this.http = http;
        this.authorization = "Bearer " + tokenPlaceholder;
    }

    /** {@code GET} of a path and query relative to the mailbox, such as {@code messages?maxResults=20}. */
    Answer get(String relative) throws InterruptedException {
        return send("GET", relative, null);
    }

    /** {@code POST} of a JSON body to a path relative to the mailbox. */
    Answer post(String relative, JsonObject body) throws InterruptedException {
        return send("POST", relative, body);
    }

    /** Makes every later request throw {@link InterruptedException}: the runtime is stopping the tool. */
    void stop() {
        stopped = true;
    }

    private Answer send(String method, String relative, JsonObject body) throws InterruptedException {
        if (stopped) {
            throw new InterruptedException("the Gmail tool is stopping");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Authorization", List.of(authorization));
        headers.put("Accept", List.of("application/json"));
        byte[] bytes = new byte[0];
        if (body != null) {
            headers.put("Content-Type", List.of("application/json"));
            bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Answer.Response.of(http.send(new HttpRequest(method, URI.create(MAILBOX + relative), headers, bytes, TIMEOUT)));
        } catch (EgressException e) {
            return new Answer.NoResponse(e.kind()); // the kind only: the message may name the URL
        }
    }
}
