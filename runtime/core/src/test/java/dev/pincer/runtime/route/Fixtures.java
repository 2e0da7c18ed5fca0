package dev.pincer.runtime.route;

import static org.junit.jupiter.api.Assertions.fail;

import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Messages, limits, agents and waiting for the router's tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /** Fast back-off and rechecks, so that tests wait little; order, not timing, is asserted. */
    static final RouterLimits FAST = new RouterLimits(50, 64, Duration.ofMillis(5), Duration.ofMillis(40),
            Duration.ofMillis(20), Duration.ofMillis(500));

    /** Replies "echo: " and the text. */
    static final Agent ECHO = (conversation, message, history) -> List.of("echo: " + message.text().orElse(""));

    private Fixtures() {}

    static InboundMessage inbound(String id, String conversation, String text) {
        return new InboundMessage(id, conversation, "m-" + id, new Sender("u1", "Ada", false), T0,
                new Content.Text(text));
    }

    /** Polls until the condition holds, for at most 10 s; fails with {@code what} and the last state. */
    static void eventually(String what, BooleanSupplier condition, Supplier<Object> state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited 10 s for: " + what + "; state: " + state.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for: " + what);
            }
        }
    }
}
