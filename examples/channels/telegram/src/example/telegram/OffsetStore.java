package example.telegram;

import dev.pincer.spi.Log;
import dev.pincer.spi.State;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code getUpdates} offset, kept in durable state under the key {@code "offset"}.
 *
 * <p>The offset is the first update_id not yet handed to the runtime. Polling with it tells Telegram
 * that every lower update was received, and Telegram forgets them; so it is stored, and may only
 * move past an update once the inbox accepted that update. After a restart polling resumes from it.
 */
final class OffsetStore {
    static final String KEY = "offset";

    private final State state;
    private final Log log;

    OffsetStore(State state, Log log) {
        this.state = Objects.requireNonNull(state, "state");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The stored offset; empty before the first update was handled. */
    Optional<Long> load() {
        Optional<String> stored = state.get(KEY);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(stored.get().trim()));
        } catch (NumberFormatException e) {
            // Polling without an offset only re-delivers unconfirmed updates; the runtime drops duplicates.
            log.warn("ignoring the stored getUpdates offset '" + stored.get() + "': it is not a whole number");
            return Optional.empty();
        }
    }

    /** Stores {@code offset}; returns once it is durable. */
    void save(long offset) {
        state.put(KEY, Long.toString(offset));
    }
}
