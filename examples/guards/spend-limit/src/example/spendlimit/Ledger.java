package example.spendlimit;

import dev.pincer.spi.State;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The spends the guard passed, one line each ({@code <epoch millis> <amount>}), in the context's state.
 *
 * <p>Callers hold the guard's lock: a read, a decision and a write happen together.
 */
final class Ledger {
    private static final String KEY = "spends";

    private final State state;

    Ledger(State state) {
        this.state = state;
    }

    /** The sum of the spends passed after {@code since}. */
    BigDecimal totalSince(Instant since) {
        BigDecimal total = BigDecimal.ZERO;
        for (String line : state.get(KEY).orElse("").split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && Long.parseLong(line.substring(0, space)) > since.toEpochMilli()) {
                total = total.add(new BigDecimal(line.substring(space + 1)));
            }
        }
        return total;
    }

    /** Records a passed spend, dropping those at or before {@code oldest}, which left the window. */
    void record(Instant at, BigDecimal amount, Instant oldest) {
        StringBuilder kept = new StringBuilder();
        for (String line : state.get(KEY).orElse("").split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && Long.parseLong(line.substring(0, space)) > oldest.toEpochMilli()) {
                kept.append(line).append('\n');
            }
        }
        kept.append(at.toEpochMilli()).append(' ').append(amount.toPlainString()).append('\n');
        state.put(KEY, kept.toString());
    }
}
