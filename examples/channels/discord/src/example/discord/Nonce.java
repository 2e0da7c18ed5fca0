package example.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code nonce} of one part: the same on every attempt of that part, so that Discord, told to
 * {@code enforce_nonce}, returns the message it already created instead of posting it twice.
 *
 * <p>At most 25 characters: {@code <message id>.<part>} when that fits, else the first 20 hex digits
 * of the id's SHA-256 and the part.
 */
final class Nonce {
    static final int MAX_LENGTH = 25;

    private Nonce() {}

    static String of(String messageId, int part) {
        String plain = messageId + "." + part;
        if (plain.length() <= MAX_LENGTH) {
            return plain;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 20) + "." + part;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
