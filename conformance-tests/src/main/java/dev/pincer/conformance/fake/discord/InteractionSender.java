package dev.pincer.conformance.fake.discord;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Discord's side of Interactions over HTTP: signs requests with an Ed25519 key pair it generates,
 * and can send invalid signatures on purpose, as Discord's security checks do.
 */
public final class InteractionSender {
    private final KeyPair keys;
    private final KeyPair otherKeys;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A sender with a fresh key pair. */
    public InteractionSender() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            this.keys = generator.generateKeyPair();
            this.otherKeys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate Ed25519 keys: " + e.getMessage(), e);
        }
    }

    /** The public key as Discord shows it in the Developer Portal: 32 bytes, 64 hex digits. */
    public String publicKeyHex() {
        byte[] encoded = keys.getPublic().getEncoded(); // X.509 SubjectPublicKeyInfo; the raw key is its last 32 bytes
        return HexFormat.of().formatHex(encoded, encoded.length - 32, encoded.length);
    }

    /** How a request is signed. */
    public enum Signing { VALID, OTHER_KEY, TIMESTAMP_CHANGED, UNSIGNED }

    /** The answer of the endpoint. */
    public record Answer(int status, String body) {}

    /** POSTs {@code body} to {@code endpoint}, signed as {@code signing} says, with timestamp {@code timestamp}. */
    public Answer post(URI endpoint, String body, long timestamp, Signing signing) throws InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        String stamp = Long.toString(timestamp);
        if (signing != Signing.UNSIGNED) {
            String signature = sign(signing == Signing.OTHER_KEY ? otherKeys : keys, stamp, body);
            headers.put("X-Signature-Ed25519", signature);
            headers.put("X-Signature-Timestamp", signing == Signing.TIMESTAMP_CHANGED ? Long.toString(timestamp + 1) : stamp);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").header("User-Agent", "Discord-Interactions/1.0 (+https://discord.com)")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            return new Answer(-1, "no answer: " + e.getMessage());
        }
    }

    private static String sign(KeyPair pair, String timestamp, String body) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(pair.getPrivate());
            signer.update((timestamp + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed: " + e.getMessage(), e);
        }
    }
}
