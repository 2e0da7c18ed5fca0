package example.discord;

import dev.pincer.spi.WebhookHandler;
import dev.pincer.spi.WebhookRequest;
import dev.pincer.spi.WebhookResponse;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Interactions over HTTP: verifies Discord's Ed25519 signature on every request before reading it,
 * answers PING, and tells users that commands are not supported.
 *
 * <p>Discord signs {@code X-Signature-Timestamp} followed by the raw body; the public key is the
 * application's, 32 bytes in hex, wrapped here in the X.509 prefix for Ed25519 keys. Thread-safe.
 */
final class InteractionEndpoint implements WebhookHandler {
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final PublicKey key;

    private InteractionEndpoint(PublicKey key) {
        this.key = key;
    }

    /** An endpoint for the public key {@code hex} (64 hex digits). */
    static InteractionEndpoint forKey(String hex) throws GeneralSecurityException {
        byte[] raw = HexFormat.of().parseHex(hex.trim());
        if (raw.length != 32) {
            throw new GeneralSecurityException("an Ed25519 public key has 32 bytes (64 hex digits), this one has " + raw.length);
        }
        byte[] encoded = new byte[X509_PREFIX.length + raw.length];
        System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        return new InteractionEndpoint(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded)));
    }

    @Override
    public WebhookResponse handle(WebhookRequest request) {
        Optional<String> signature = request.header("X-Signature-Ed25519");
        Optional<String> timestamp = request.header("X-Signature-Timestamp");
        if (signature.isEmpty() || timestamp.isEmpty() || !verified(timestamp.get(), request.body(), signature.get())) {
            return WebhookResponse.text(401, "invalid request signature");
        }
        JsonObject interaction;
        try {
            interaction = Json.parseObject(request.bodyText());
        } catch (RuntimeException e) {
            return WebhookResponse.text(400, "the body is not a JSON object");
        }
        long type = interaction.optLong("type").orElse(0L);
        if (type == 1) {
            return WebhookResponse.json(200, "{\"type\":1}");
        }
        return WebhookResponse.json(200, "{\"type\":4,\"data\":{\"content\":\"Commands are not supported; "
                + "just write to me.\",\"flags\":64}}");
    }

    private boolean verified(String timestamp, byte[] body, String signatureHex) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
            verifier.update(body);
            return verifier.verify(HexFormat.of().parseHex(signatureHex));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
