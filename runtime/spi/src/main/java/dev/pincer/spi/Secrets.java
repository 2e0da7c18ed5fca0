package dev.pincer.spi;

/** The secrets an integration's manifest names. Thread-safe. */
public interface Secrets {

    /**
     * The secret with this name, as an opaque placeholder.
     *
     * @throws IntegrationException if the manifest does not name the secret, or the owner has not set it;
     *     the message says how to set it
     */
    Secret get(String name);

    /**
     * The HMAC-SHA256 of {@code message} keyed with the secret's value, for verifying a platform's
     * signature (such as Slack's {@code X-Slack-Signature}); the integration never sees the key.
     *
     * <p>Compare the result with the signature in constant time ({@code MessageDigest.isEqual}).
     *
     * @throws IntegrationException if the manifest does not name the secret, or the owner has not set it
     */
    byte[] hmacSha256(String name, byte[] message);
}
