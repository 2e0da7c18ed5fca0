package example.gmail;

import dev.pincer.spi.State;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Completed changes by call id, kept in durable state: a call the runtime repeats after a crash gets the
 * recorded result, and no mail is sent, trashed or relabelled twice.
 */
final class Ledger {
    private static final String PREFIX = "gmail-done:";

    private final State state;

    Ledger(State state) {
        this.state = state;
    }

    /** The result recorded for this call id, if its change completed. */
    Optional<Json> recorded(String callId) {
        try {
            return state.get(keyOf(callId)).map(Json::parse);
        } catch (JsonException e) {
            return Optional.empty(); // an unreadable record counts as none
        }
    }

    /** Records the result of a completed change before it is returned. */
    void complete(String callId, Json result) {
        state.put(keyOf(callId), result.toString());
    }

    /** The prefix and the hex SHA-256 of the id: a key of fixed length whatever the id. */
    private static String keyOf(String callId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return PREFIX + HexFormat.of().formatHex(sha256.digest(callId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
