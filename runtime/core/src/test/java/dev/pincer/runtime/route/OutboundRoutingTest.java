package dev.pincer.runtime.route;

import static dev.pincer.runtime.route.Fixtures.ECHO;
import static dev.pincer.runtime.route.Fixtures.FAST;
import static dev.pincer.runtime.route.Fixtures.T0;
import static dev.pincer.runtime.route.Fixtures.eventually;
import static dev.pincer.runtime.route.Fixtures.inbound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.store.OutboxEntry;
import dev.pincer.runtime.store.Store;
import dev.pincer.spi.Channel;
import dev.pincer.spi.Inbox;
import dev.pincer.spi.SendResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboundRoutingTest {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(T0);

    private Router router(Store store, Map<String, Channel> channels) {
        return new Router(store, channels, ECHO, DecisionPoint.allowAll(), clock, FAST);
    }

    @Test
    void retryLaterIsHonouredAndHoldsBackTheConversationUntilItsTime() throws Exception {
        RecordingChannel telegram = new RecordingChannel((message, previous) -> previous == 0
                && message.text().endsWith("first") ? new SendResult.RetryLater(Duration.ofSeconds(30), "429: wait 30")
                : RecordingChannel.delivered(message));
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, Map.of("telegram",
                telegram))) {
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            inbox.deliver(inbound("u1", "chat", "first"));
            inbox.deliver(inbound("u2", "chat", "second"));
            eventually("both replies are queued", () -> store.unprocessedCount() == 0 && telegram.calls().size() == 1,
                    telegram::calls);

            Thread.sleep(10 * FAST.idleRecheck().toMillis());
            assertEquals(1, telegram.calls().size(), "nothing is sent before the retry-after, not even the next reply");
            OutboxEntry waiting = store.due(T0.plusSeconds(30), 10).getFirst();
            assertEquals(T0.plusSeconds(30), waiting.nextAttemptAt());
            assertEquals(1, waiting.attempts());

            clock.advance(Duration.ofSeconds(29));
            Thread.sleep(5 * FAST.idleRecheck().toMillis());
            assertEquals(1, telegram.calls().size(), "29 s is not 30 s");

            clock.advance(Duration.ofSeconds(1));
            eventually("the retry and then the next reply are sent", () -> telegram.deliveredTexts("chat").size() == 2,
                    telegram::calls);
            assertEquals(List.of("echo: first", "echo: second"), telegram.deliveredTexts("chat"));
            assertEquals(2, telegram.callsFor(waiting.message().id()));
        }
    }

    @Test
    void aMessageIsNotSentAgainWhileItsSendIsInFlight() {
        RecordingChannel slowPlatform = new RecordingChannel((message, previous) -> {
            Thread.sleep(30);
            return RecordingChannel.delivered(message);
        });
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, Map.of("telegram",
                slowPlatform))) {
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            for (int i = 1; i <= 3; i++) {
                inbox.deliver(inbound("u" + i, "chat", "m" + i));
                inbox.deliver(inbound("v" + i, "other", "m" + i));
            }

            eventually("all six replies are delivered", () -> slowPlatform.delivered().size() == 6,
                    slowPlatform::calls);
            assertEquals(List.of("echo: m1", "echo: m2", "echo: m3"), slowPlatform.deliveredTexts("chat"));
            assertEquals(List.of("echo: m1", "echo: m2", "echo: m3"), slowPlatform.deliveredTexts("other"));
            assertEquals(6, slowPlatform.calls().size(), "each reply is sent once: " + slowPlatform.calls());
            assertEquals(0, slowPlatform.overlappingSends());
        }
    }

    @Test
    void boundedAttemptsEndInADeadLetterShownInStatus() {
        RecordingChannel telegram = new RecordingChannel((message, previous) -> message.text().contains("doomed")
                ? new SendResult.RetryLater(Duration.ZERO, "platform busy") : RecordingChannel.delivered(message));
        try (Store store = Store.open(dir.resolve("pincer.db"), 3); Router router = router(store, Map.of("telegram",
                telegram))) {
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            inbox.deliver(inbound("u1", "chat", "doomed"));
            inbox.deliver(inbound("u2", "chat", "fine"));

            eventually("the reply after the dead letter is sent", () -> !telegram.deliveredTexts("chat").isEmpty(),
                    telegram::calls);
            RouterStatus.IntegrationStatus status = router.status().of("telegram").orElseThrow();
            assertEquals(1, status.dead());
            assertEquals(1, status.delivered());
            assertEquals(0, status.pending());
            assertEquals(3, telegram.callsFor(store.deadLetters().getFirst().message().id()));
            assertTrue(store.deadLetters().getFirst().lastError().orElseThrow().contains("gave up after 3 attempts"),
                    store.deadLetters().toString());
            assertTrue(status.lastProblem().orElseThrow().message().contains("platform busy"),
                    status.lastProblem().toString());
        }
    }

    @Test
    void aFailedSendIsDeadLetteredAtOnce() {
        RecordingChannel telegram = new RecordingChannel((message, previous) -> new SendResult.Failed(
                "400: chat not found"));
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, Map.of("telegram",
                telegram))) {
            router.start();
            router.inboxFor("telegram").deliver(inbound("u1", "chat", "hello"));

            eventually("the message is dead", () -> router.status().of("telegram").orElseThrow().dead() == 1,
                    router::status);
            assertEquals(1, telegram.calls().size());
            assertEquals("400: chat not found", store.deadLetters().getFirst().lastError().orElseThrow());
        }
    }

    @Test
    void aChannelThatThrowsFromSendDoesNotLoseTheMessage() {
        // the back-off is a next-attempt time in the store, so this test runs on the real clock
        RecordingChannel telegram = new RecordingChannel((message, previous) -> {
            if (previous < 2) {
                throw new IllegalStateException("socket closed");
            }
            return RecordingChannel.delivered(message);
        });
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = new Router(store, Map.of("telegram",
                telegram), ECHO, DecisionPoint.allowAll(), Clock.systemUTC(), FAST)) {
            router.start();
            router.inboxFor("telegram").deliver(inbound("u1", "chat", "hello"));

            eventually("the message is delivered on the third try", () -> telegram.deliveredTexts("chat").size() == 1,
                    telegram::calls);
            assertEquals(3, telegram.calls().size());
            eventually("the delivery is recorded", () -> router.status().of("telegram").orElseThrow().delivered() == 1,
                    router::status);
            String problem = router.status().of("telegram").orElseThrow().lastProblem().orElseThrow().message();
            assertTrue(problem.contains("send threw java.lang.IllegalStateException: socket closed"), problem);
        }
    }

    @Test
    void aReplyForAnIntegrationThatIsNotRunningStaysPending() throws Exception {
        RecordingChannel telegram = RecordingChannel.delivering();
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, Map.of("telegram",
                telegram))) {
            router.start();
            router.inboxFor("slack").deliver(inbound("s1", "general", "hello"));
            eventually("the reply is queued", () -> store.stats().pending() == 1, store::stats);

            eventually("the sender has looked at it", () -> router.status().of("slack").orElseThrow().lastProblem()
                    .isPresent(), router::status);
            Thread.sleep(5 * FAST.idleRecheck().toMillis());
            RouterStatus.IntegrationStatus slack = router.status().of("slack").orElseThrow();
            assertFalse(slack.running());
            assertEquals(1, slack.pending());
            assertEquals(0, slack.dead());
            assertTrue(slack.lastProblem().orElseThrow().message().contains("'slack' is not running"),
                    slack.toString());
            assertTrue(router.status().of("telegram").orElseThrow().running());
            assertEquals(List.of(), telegram.calls());
        }
    }
}
