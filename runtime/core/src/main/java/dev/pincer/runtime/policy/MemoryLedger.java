package dev.pincer.runtime.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** A ledger in memory: each budget's charges in a list, summed on demand. Thread-safe. */
final class MemoryLedger implements BudgetLedger {
    private record Entry(BigDecimal amount, Instant at) {}

    private final Map<String, List<Entry>> charges = new ConcurrentHashMap<>();

    @Override
    public BigDecimal usedSince(String budget, Instant since) {
        Objects.requireNonNull(since, "since");
        List<Entry> entries = charges.get(Objects.requireNonNull(budget, "budget"));
        if (entries == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        synchronized (entries) {
            for (Entry entry : entries) {
                if (entry.at().isAfter(since)) {
                    sum = sum.add(entry.amount());
                }
            }
        }
        return sum;
    }

    @Override
    public void charge(String budget, BigDecimal amount, Instant at) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        List<Entry> entries = charges.computeIfAbsent(Objects.requireNonNull(budget, "budget"), b -> new ArrayList<>());
        synchronized (entries) {
            entries.add(new Entry(amount, at));
        }
    }
}
