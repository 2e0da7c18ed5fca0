package dev.pincer.conformance.fake.telegram;

import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every request in arrival order; a request is listed from its arrival and completed when answered. Thread-safe. */
final class RequestLog {

    /** A request still being answered. */
    final class Entry {
        private final RecordedRequest arrived;
        private final int index;

        private Entry(RecordedRequest arrived, int index) {
            this.arrived = arrived;
            this.index = index;
        }

        void complete(int status, String responseBody) {
            synchronized (RequestLog.this) {
                records.set(index, new RecordedRequest(arrived.at(), arrived.httpMethod(), arrived.path(),
                        arrived.token(), arrived.method(), arrived.params(), status, responseBody));
            }
        }
    }

    private final List<RecordedRequest> records = new ArrayList<>();

    synchronized Entry arrived(Instant at, String httpMethod, String path, String token, String method,
            JsonObject params) {
        Entry entry = new Entry(new RecordedRequest(at, httpMethod, path, token, method, params, 0, ""),
                records.size());
        records.add(entry.arrived);
        return entry;
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(records);
    }

    synchronized List<RecordedRequest> snapshot(String method) {
        String wanted = method.toLowerCase(Locale.ROOT);
        return records.stream().filter(r -> r.method().equals(wanted)).toList();
    }
}
