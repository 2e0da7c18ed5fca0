package dev.pincer.conformance.fake.discord;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One payload a client sent to {@link FakeGateway}, or one close it made.
 *
 * @param at the virtual time it arrived
 * @param connection the 1-based number of the connection it came on
 * @param op the gateway opcode, or {@code -1} for a close or a payload that is not a JSON object with {@code op}
 * @param text the payload as sent (secrets filled in), or {@code "close <code> <reason>"}
 * @param closeCode the close code for a close, {@code 0} otherwise
 */
public record GatewayFrame(Instant at, int connection, int op, String text, int closeCode) {
    public GatewayFrame {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }

    /** The payload's {@code d} as an object, if it is one. */
    public Optional<JsonObject> data() {
        try {
            return Json.parseObject(text).optObject("d");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True for a close of the connection. */
    public boolean isClose() {
        return closeCode != 0;
    }
}
