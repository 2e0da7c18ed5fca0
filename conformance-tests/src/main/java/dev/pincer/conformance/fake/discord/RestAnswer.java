package dev.pincer.conformance.fake.discord;

import java.util.Map;

/** An answer of the fake REST API: status, body and extra headers. */
record RestAnswer(int status, String body, Map<String, String> headers) {
    RestAnswer {
        headers = Map.copyOf(headers);
    }

    static RestAnswer json(int status, String body) {
        return new RestAnswer(status, body, Map.of());
    }
}
