package dev.pincer.conformance.fake.anthropic;

import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every request in arrival order; a request is listed from its arrival and completed when answered. Thread-safe. */
final class RequestLog {

    /** A request still being answered. */
    final class Entry {
        private final int index;

        private Entry(int index) {
            this.index = index;
        }

        void complete(int status, String responseBody) {
            synchronized (RequestLog.this) {
                RecordedRequest r = records.get(index);
                records.set(index, new RecordedRequest(r.at(), r.method(), r.path(), r.headers(), r.body(), r.json(), status,
                        responseBody));
            }
        }
    }

    private final List<RecordedRequest> records = new ArrayList<>();

    synchronized Entry arrived(Instant at, String method, String path, Map<String, String> headers, String body,
            Optional<JsonObject> json) {
        records.add(new RecordedRequest(at, method, path, headers, body, json, 0, ""));
        return new Entry(records.size() - 1);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(records);
    }
}
