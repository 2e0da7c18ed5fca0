package dev.pincer.conformance.discord;

import dev.pincer.conformance.fake.discord.GatewayFrame;
import dev.pincer.conformance.fake.discord.RestRequest;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Small readings of what the fakes recorded, shared by the checks. */
final class Observations {
    private Observations() {}

    static List<Instant> times(List<RestRequest> requests) {
        return requests.stream().map(RestRequest::at).toList();
    }

    /** The opcodes of frames, with closes as {@code close:<code>}, for messages. */
    static String ops(List<GatewayFrame> frames) {
        return frames.stream().map(f -> f.isClose() ? "close:" + f.closeCode() + "@" + f.connection() : "op" + f.op() + "@" + f.connection())
                .collect(Collectors.joining(" ", "[", "]"));
    }
}
