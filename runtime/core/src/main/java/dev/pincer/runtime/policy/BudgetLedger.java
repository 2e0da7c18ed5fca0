package dev.pincer.runtime.policy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What each budget has used: the policy reads it to decide, the runtime charges it when an action goes ahead.
 *
 * <p>Implementations must be thread-safe.
 */
public interface BudgetLedger {

    /** The sum of the charges to {@code budget} made strictly after {@code since}; zero when there are none. */
    BigDecimal usedSince(String budget, Instant since);

    /** Records that {@code budget} used {@code amount} at {@code at}. */
    void charge(String budget, BigDecimal amount, Instant at);

    /** A new, empty ledger kept in memory: for tests, benchmarks and {@code pincer policy explain}. */
    static BudgetLedger inMemory() {
        return new MemoryLedger();
    }
}
