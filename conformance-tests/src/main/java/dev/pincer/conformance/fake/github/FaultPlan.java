package dev.pincer.conformance.fake.github;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Faults queued per HTTP method ({@code "*"} for any), then standing ones. Thread-safe. */
final class FaultPlan {
    private final Map<String, Deque<GitHubFault>> queued = new HashMap<>();
    private final Map<String, GitHubFault> standing = new HashMap<>();

    synchronized void next(String method, GitHubFault fault) {
        queued.computeIfAbsent(method.toUpperCase(Locale.ROOT), m -> new ArrayDeque<>()).add(fault);
    }

    synchronized void always(String method, GitHubFault fault) {
        standing.put(method.toUpperCase(Locale.ROOT), fault);
    }

    synchronized void clear() {
        queued.clear();
        standing.clear();
    }

    /** The fault for a request with {@code method}, if one is due: queued ones first, the method's before any method's. */
    synchronized Optional<GitHubFault> take(String method) {
        for (String key : new String[] {method, "*"}) {
            Deque<GitHubFault> faults = queued.get(key);
            if (faults != null && !faults.isEmpty()) {
                return Optional.of(faults.poll());
            }
        }
        return Optional.ofNullable(standing.getOrDefault(method, standing.get("*")));
    }
}
