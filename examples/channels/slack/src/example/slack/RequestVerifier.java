package example.slack;

import dev.pincer.spi.Clock;
import dev.pincer.spi.Secrets;
import dev.pincer.spi.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Checks that a request came from Slack: the {@code v0} signature over the raw body, and a
 * timestamp within five minutes of the clock, in either direction.
 *
 * <p>The signing secret is never seen: {@code Secrets.hmacSha256} computes the HMAC with it.
 */
final class RequestVerifier {
    static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final Secrets secrets;
    private final Clock clock;

    RequestVerifier(Secrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Why the request is refused, or empty if it is genuine and fresh. */
    Optional<String> problem(WebhookRequest request) {
        Optional<String> timestamp = request.header("X-Slack-Request-Timestamp");
        Optional<String> signature = request.header("X-Slack-Signature");
        if (timestamp.isEmpty() || signature.isEmpty()) {
            return Optional.of("missing X-Slack-Request-Timestamp or X-Slack-Signature");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.get().trim());
        } catch (NumberFormatException e) {
            return Optional.of("X-Slack-Request-Timestamp is not a number");
        }
        long now = clock.now().getEpochSecond();
        if (Math.abs(now - seconds) > WINDOW.toSeconds()) {
            return Optional.of("the request timestamp is more than 5 minutes away from now");
        }
        byte[] base = concat(("v0:" + timestamp.get() + ":").getBytes(StandardCharsets.UTF_8), request.body());
        byte[] expected = ("v0=" + HexFormat.of().formatHex(secrets.hmacSha256(SIGNING_SECRET, base)))
                .getBytes(StandardCharsets.UTF_8);
        // Constant time: how long the comparison takes must not tell an attacker how much matched.
        if (!MessageDigest.isEqual(expected, signature.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of("the signature does not match");
        }
        return Optional.empty();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
