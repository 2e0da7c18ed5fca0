package dev.pincer.conformance.fake.slack;

import java.util.ArrayList;
import java.util.List;

/** Every Web API request in arrival order, completed when answered. Thread-safe. */
final class SlackCallLog {
    private final List<SlackCall> calls = new ArrayList<>();

    synchronized int arrived(SlackCall call) {
        calls.add(call);
        return calls.size() - 1;
    }

    synchronized void answered(int index, int status, String body) {
        calls.set(index, calls.get(index).answered(status, body));
    }

    synchronized List<SlackCall> snapshot() {
        return List.copyOf(calls);
    }

    synchronized List<SlackCall> snapshot(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }
}
