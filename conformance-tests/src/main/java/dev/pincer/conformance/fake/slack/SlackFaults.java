package dev.pincer.conformance.fake.slack;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Which faults the next calls of each Web API method get: queued ones first, then a standing one. Thread-safe. */
final class SlackFaults {
    static final String ANY_METHOD = "*";

    private final Map<String, Deque<SlackFault>> queued = new HashMap<>();
    private final Map<String, SlackFault> always = new HashMap<>();

    synchronized void failNext(String method, SlackFault fault) {
        queued.computeIfAbsent(check(method), k -> new ArrayDeque<>()).addLast(Objects.requireNonNull(fault, "fault"));
    }

    synchronized void failAlways(String method, SlackFault fault) {
        always.put(check(method), Objects.requireNonNull(fault, "fault"));
    }

    synchronized void clear() {
        queued.clear();
        always.clear();
    }

    synchronized Optional<SlackFault> take(String method) {
        for (String key : new String[] {method, ANY_METHOD}) {
            Deque<SlackFault> faults = queued.get(key);
            if (faults != null && !faults.isEmpty()) {
                return Optional.of(faults.removeFirst());
            }
        }
        SlackFault standing = always.get(method);
        return Optional.ofNullable(standing != null ? standing : always.get(ANY_METHOD));
    }

    private static String check(String method) {
        Objects.requireNonNull(method, "method");
        if (!method.equals(ANY_METHOD) && !method.matches("[a-z]+(\\.[a-zA-Z]+)+")) {
            throw new IllegalArgumentException("a fault needs a Web API method name such as \"chat.postMessage\" or \""
                    + ANY_METHOD + "\" for every method, was \"" + method + "\"");
        }
        return method;
    }
}
