package example.github;

import dev.pincer.spi.State;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The results of completed changes by call id, in durable state, so that a call the runtime repeats after a
 * crash returns the recorded result instead of creating a second issue or comment.
 */
final class Ledger {
    private final State state;

    Ledger(State state) {
        this.state = state;
    }

    /** The recorded result of the call with this id, if it completed. */
    Optional<Json> completed(String callId) {
        try {
            return state.get(key(callId)).map(Json::parse);
        } catch (JsonException e) {
            return Optional.empty(); // a damaged record: run the call, which is better than failing it forever
        }
    }

    /** Records the result of a completed change; called before the result is returned. */
    void record(String callId, Json result) {
        state.put(key(callId), result.toString());
    }

    /** {@code done:} and the SHA-256 of the id in hex: a key of fixed length, whatever the id. */
    private static String key(String callId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(callId.getBytes(StandardCharsets.UTF_8));
            return "done:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
