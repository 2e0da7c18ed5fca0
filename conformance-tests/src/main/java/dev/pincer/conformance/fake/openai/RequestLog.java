package dev.pincer.conformance.fake.openai;

import java.util.ArrayList;
import java.util.List;

/** Every request in arrival order; an entry is listed on arrival and gets its status when answered. Thread-safe. */
final class RequestLog {
    private final List<RecordedRequest> records = new ArrayList<>();

    synchronized int arrived(RecordedRequest request) {
        records.add(request);
        return records.size() - 1;
    }

    synchronized void answered(int index, int status) {
        records.set(index, records.get(index).answered(status));
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(records);
    }
}
