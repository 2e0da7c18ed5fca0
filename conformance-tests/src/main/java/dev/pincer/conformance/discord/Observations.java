package dev.pincer.conformance.discord;

import dev.pincer.conformance.fake.discord.GatewayFrame;
import dev.pincer.conformance.fake.discord.RestRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small readings of what the fakes recorded, shared by the checks. */
final class Observations {
    private Observations() {}

    static List<Duration> gaps(List<Instant> times) {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(Duration.between(times.get(i - 1), times.get(i)));
        }
        return gaps;
    }

    static List<Instant> times(List<RestRequest> requests) {
        return requests.stream().map(RestRequest::at).toList();
    }

    /** The opcodes of frames, with closes as {@code close:<code>}, for messages. */
    static String ops(List<GatewayFrame> frames) {
        return frames.stream().map(f -> f.isClose() ? "close:" + f.closeCode() + "@" + f.connection() : "op" + f.op() + "@" + f.connection())
                .collect(Collectors.joining(" ", "[", "]"));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }

    static String seconds(List<Duration> durations) {
        return durations.stream().map(Observations::seconds).collect(Collectors.joining(", ", "[", "]"));
    }
}
