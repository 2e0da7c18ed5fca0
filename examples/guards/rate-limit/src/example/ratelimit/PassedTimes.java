package example.ratelimit;

import dev.pincer.spi.State;
import java.time.Instant;

/**
 * The times of the matching actions the guard passed, as epoch milliseconds one per line, in the context's state.
 *
 * <p>Callers hold the guard's lock: a read, a decision and a write happen together.
 */
final class PassedTimes {
    private static final String KEY = "passed";

    private final State state;

    PassedTimes(State state) {
        this.state = state;
    }

    /** How many passed after {@code oldest}. */
    int countAfter(Instant oldest) {
        int count = 0;
        for (String line : state.get(KEY).orElse("").split("\n")) {
            if (!line.isEmpty() && Long.parseLong(line) > oldest.toEpochMilli()) {
                count++;
            }
        }
        return count;
    }

    /** Records one passed at {@code at}, dropping those at or before {@code oldest}, which left the window. */
    void record(Instant at, Instant oldest) {
        StringBuilder kept = new StringBuilder();
        for (String line : state.get(KEY).orElse("").split("\n")) {
            if (!line.isEmpty() && Long.parseLong(line) > oldest.toEpochMilli()) {
                kept.append(line).append('\n');
            }
        }
        state.put(KEY, kept.append(at.toEpochMilli()).append('\n').toString());
    }
}
