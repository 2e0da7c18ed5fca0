package dev.pincer.conformance.fake.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs Events API requests as Slack does: {@code v0=} + hex HMAC-SHA256 over {@code v0:<timestamp>:<raw body>}. */
public final class SlackSigner {
    private SlackSigner() {}

    /**
     * The {@code X-Slack-Signature} value for this body sent at {@code timestamp}.
     *
     * @param signingSecret the app's signing secret
     * @param timestamp the {@code X-Slack-Request-Timestamp} value, as sent
     * @param rawBody the body bytes, exactly as sent
     */
    public static String sign(String signingSecret, String timestamp, byte[] rawBody) {
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(rawBody, "rawBody");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }
}
