package dev.pincer.conformance.fake.github;

import java.util.ArrayList;
import java.util.List;

/** Every request in arrival order; listed on arrival, completed when answered. Thread-safe. */
final class RequestLog {
    private final List<GitHubRequest> records = new ArrayList<>();

    /** Lists a request that has just arrived; returns its index for {@link #complete}. */
    synchronized int arrived(GitHubRequest request) {
        records.add(request);
        return records.size() - 1;
    }

    synchronized void complete(int index, int status, String responseBody) {
        GitHubRequest r = records.get(index);
        records.set(index, new GitHubRequest(r.at(), r.method(), r.path(), r.query(), r.headers(), r.body(), status, responseBody));
    }

    synchronized List<GitHubRequest> snapshot() {
        return List.copyOf(records);
    }
}
