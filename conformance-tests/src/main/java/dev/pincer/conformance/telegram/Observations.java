package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.Durations;
import dev.pincer.conformance.fake.telegram.RecordedRequest;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonNumber;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/** Small readings of what the fake recorded, shared by the checks. */
final class Observations {
    private Observations() {}

    /** The virtual time between each request and the next. */
    static List<Duration> gaps(List<RecordedRequest> requests) {
        return Durations.gaps(requests.stream().map(RecordedRequest::at).toList());
    }

    /** A whole-number parameter, whether it was sent as a JSON number or as a string. */
    static OptionalLong longParam(JsonObject params, String name) {
        Json value = params.members().get(name);
        if (value instanceof JsonNumber number) {
            try {
                return OptionalLong.of(number.longValue());
            } catch (RuntimeException e) {
                return OptionalLong.empty();
            }
        }
        if (value instanceof JsonString string) {
            try {
                return OptionalLong.of(Long.parseLong(string.value().trim()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
