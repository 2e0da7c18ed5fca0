package dev.pincer.runtime.route;

import static dev.pincer.runtime.route.Fixtures.ECHO;
import static dev.pincer.runtime.route.Fixtures.FAST;
import static dev.pincer.runtime.route.Fixtures.T0;
import static dev.pincer.runtime.route.Fixtures.eventually;
import static dev.pincer.runtime.route.Fixtures.inbound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.supervise.CallLimits;
import dev.pincer.runtime.supervise.SupervisedChannel;
import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The router sends to a supervised channel only once its {@code start} returned, as the SPI promises. */
class ChannelStartRoutingTest {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(T0);

    /** A platform that refuses sends before it was started, like the Telegram example does. */
    private static final class SlowStartingChannel implements Channel {
        final RecordingChannel recorder = RecordingChannel.delivering();
        final CountDownLatch mayStart = new CountDownLatch(1);
        volatile boolean started;
        volatile boolean failStart;

        @Override
        public void start(ChannelContext context) {
            try {
                mayStart.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failStart) {
                throw new IntegrationException("the token was rejected");
            }
            started = true;
        }

        @Override
        public ReceiveResult receive() {
            return recorder.receive();
        }

        @Override
        public SendResult send(OutboundMessage message) throws InterruptedException {
            if (!started) {
                throw new IllegalStateException("send before start");
            }
            return recorder.send(message);
        }

        @Override
        public void stop() {}
    }

    private static SupervisedChannel supervise(SlowStartingChannel platform) {
        return new SupervisedChannel("telegram", platform, CallLimits.defaults(), problem -> { }, text -> text, () -> { });
    }

    @Test
    void repliesWaitUntilTheirChannelHasStartedThenGoOutWithoutAProblem() throws Exception {
        SlowStartingChannel slow = new SlowStartingChannel();
        SupervisedChannel channel = supervise(slow);
        Thread starting = Thread.ofVirtual().start(() -> channel.start(null));
        try (Store store = Store.open(dir.resolve("pincer.db"));
                Router router = new Router(store, Map.of("telegram", channel), ECHO, DecisionPoint.allowAll(), clock, FAST)) {
            router.start();
            router.inboxFor("telegram").deliver(inbound("u1", "chat", "hello"));
            eventually("the reply is queued", () -> store.unprocessedCount() == 0, store::stats);
            Thread.sleep(10 * FAST.idleRecheck().toMillis());
            assertEquals(List.of(), slow.recorder.calls(), "nothing is sent to a channel whose start has not returned");
            assertFalse(router.status().integrations().get("telegram").running());

            slow.mayStart.countDown();
            starting.join();
            eventually("the reply goes out once the channel runs", () -> slow.recorder.deliveredTexts("chat").size() == 1,
                    slow.recorder::calls);
            assertEquals(List.of("echo: hello"), slow.recorder.deliveredTexts("chat"));
            assertTrue(router.status().integrations().get("telegram").lastProblem().isEmpty(),
                    () -> "a channel that is starting is no problem: " + router.status());
        }
    }

    @Test
    void repliesForAChannelThatCouldNotStartStayPendingAndStatusSaysWhy() throws Exception {
        SlowStartingChannel slow = new SlowStartingChannel();
        slow.failStart = true;
        slow.mayStart.countDown();
        SupervisedChannel channel = supervise(slow);
        assertThrows(IntegrationException.class, () -> channel.start(null));
        try (Store store = Store.open(dir.resolve("pincer.db"));
                Router router = new Router(store, Map.of("telegram", channel), ECHO, DecisionPoint.allowAll(), clock, FAST)) {
            router.start();
            router.inboxFor("telegram").deliver(inbound("u1", "chat", "hello"));
            eventually("status tells the channel is not running", () -> router.status().integrations().get("telegram")
                    .lastProblem().isPresent(), router::status);
            assertEquals(List.of(), slow.recorder.calls());
            assertEquals(1, store.stats().byIntegration().get("telegram").pending(), "the reply waits, not dead");
            assertTrue(router.status().integrations().get("telegram").lastProblem().orElseThrow().toString()
                    .contains("integration 'telegram' is not running; its messages stay pending until it runs"),
                    () -> router.status().toString());
        }
    }
}
