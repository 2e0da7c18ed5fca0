package dev.pincer.conformance.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every request a fake received, in arrival order: listed on arrival, completed when answered. Thread-safe.
 *
 * @param <R> the fake's record of one request
 */
public final class ArrivalLog<R> {
    private final List<R> records = new ArrayList<>();

    /** Lists a request that has just arrived; returns its index for {@link #complete}. */
    public synchronized int arrived(R request) {
        records.add(request);
        return records.size() - 1;
    }

    /** Replaces the record at {@code index} with its answered form. */
    public synchronized void complete(int index, UnaryOperator<R> answered) {
        records.set(index, answered.apply(records.get(index)));
    }

    /** Every record so far. */
    public synchronized List<R> snapshot() {
        return List.copyOf(records);
    }
}
