package dev.pincer.conformance.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scripted faults of a fake, queued per HTTP method ({@code "*"} for any), then standing ones. Thread-safe.
 *
 * @param <F> the fake's own fault type
 */
public final class MethodFaults<F> {
    private final Map<String, Deque<F>> queued = new HashMap<>();
    private final Map<String, F> standing = new HashMap<>();

    /** Answers the next request with {@code method} with {@code fault}, once. */
    public synchronized void next(String method, F fault) {
        queued.computeIfAbsent(method.toUpperCase(Locale.ROOT), m -> new ArrayDeque<>()).add(fault);
    }

    /** Answers every request with {@code method} with {@code fault}, once the queued ones are used. */
    public synchronized void always(String method, F fault) {
        standing.put(method.toUpperCase(Locale.ROOT), fault);
    }

    /** Removes every queued and standing fault. */
    public synchronized void clear() {
        queued.clear();
        standing.clear();
    }

    /** The fault for a request with {@code method}, if one is due: queued ones first, the method's before any method's. */
    public synchronized Optional<F> take(String method) {
        for (String key : new String[] {method, "*"}) {
            Deque<F> faults = queued.get(key);
            if (faults != null && !faults.isEmpty()) {
                return Optional.of(faults.poll());
            }
        }
        return Optional.ofNullable(standing.getOrDefault(method, standing.get("*")));
    }
}
