package dev.pincer.runtime.route;

import static dev.pincer.runtime.route.Fixtures.ECHO;
import static dev.pincer.runtime.route.Fixtures.FAST;
import static dev.pincer.runtime.route.Fixtures.T0;
import static dev.pincer.runtime.route.Fixtures.eventually;
import static dev.pincer.runtime.route.Fixtures.inbound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Role;
import dev.pincer.runtime.store.Store;
import dev.pincer.runtime.store.Turn;
import dev.pincer.spi.Inbox;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    @TempDir
    Path dir;

    @Test
    void afterARestartEveryInboundMessageIsAnsweredOnceAndNoReplyIsDeliveredTwice() throws Exception {
        Path file = dir.resolve("pincer.db");
        MovableClock clock = new MovableClock(T0);
        CountDownLatch agentStuck = new CountDownLatch(1);
        Agent stuckOnB2 = (conversation, message, history) -> {
            if (message.id().equals("b2")) {
                agentStuck.countDown();
                Thread.sleep(Duration.ofHours(1)); // until close() interrupts it
            }
            return ECHO.respond(conversation, message, history);
        };
        RecordingChannel firstRun = new RecordingChannel((message, previous) -> message.conversation().equals("c")
                ? new SendResult.RetryLater(Duration.ofHours(1), "429: flood control")
                : RecordingChannel.delivered(message));
        try (Store store = Store.open(file)) {
            Router router = new Router(store, Map.of("telegram", firstRun), stuckOnB2, DecisionPoint.allowAll(),
                    clock, FAST);
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            for (String id : List.of("a1", "b1", "c1", "a2", "b2", "c2", "b3")) {
                inbox.deliver(inbound(id, id.substring(0, 1), id));
            }
            agentStuck.await();
            eventually("a and b1 delivered, c1 postponed, c2 queued behind it",
                    () -> firstRun.delivered().size() == 3 && firstRun.calls().size() == 4
                            && store.stats().pending() == 2, () -> firstRun.calls() + " " + store.stats());
            router.close();
            inbox.deliver(inbound("d1", "d", "d1")); // accepted after close: answered after the restart
            assertEquals(3, store.unprocessedCount(), "b2 and b3 wait behind the interrupted agent call, and d1");
        }

        clock.advance(Duration.ofHours(2));
        RecordingChannel secondRun = RecordingChannel.delivering();
        try (Store store = Store.open(file);
                Router router = new Router(store, Map.of("telegram", secondRun), ECHO, DecisionPoint.allowAll(),
                        clock, FAST)) {
            router.start();
            eventually("every message answered and delivered", () -> router.status().of("telegram").orElseThrow()
                    .delivered() == 8, router::status);

            assertEquals(List.of("echo: a1", "echo: a2"), deliveredTexts("a", firstRun, secondRun));
            assertEquals(List.of("echo: b1", "echo: b2", "echo: b3"), deliveredTexts("b", firstRun, secondRun));
            assertEquals(List.of("echo: c1", "echo: c2"), deliveredTexts("c", firstRun, secondRun));
            assertEquals(List.of("echo: d1"), deliveredTexts("d", firstRun, secondRun));
            Map<String, Integer> deliveriesPerId = new HashMap<>();
            for (OutboundMessage message : concat(firstRun.delivered(), secondRun.delivered())) {
                deliveriesPerId.merge(message.id(), 1, Integer::sum);
            }
            assertEquals(8, deliveriesPerId.size());
            assertTrue(deliveriesPerId.values().stream().allMatch(count -> count == 1), deliveriesPerId.toString());
            assertEquals(0, router.status().inboundUnprocessed());
            List<Turn> bHistory = store.recent(new ConversationRef("telegram", "b"), 20);
            assertEquals(List.of(Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT),
                    bHistory.stream().map(Turn::role).toList(), "each user turn once: " + bHistory);
        }
    }

    @Test
    void closeReturnsPromptlyWhileTheAgentAndTheChannelAreStuck() throws Exception {
        CountDownLatch stuck = new CountDownLatch(2);
        Agent stuckAgent = (conversation, message, history) -> {
            if (message.id().equals("slow")) {
                stuck.countDown();
                Thread.sleep(Duration.ofHours(1));
            }
            return ECHO.respond(conversation, message, history);
        };
        RecordingChannel stuckChannel = new RecordingChannel((message, previous) -> {
            stuck.countDown();
            Thread.sleep(Duration.ofHours(1));
            return RecordingChannel.delivered(message);
        });
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            Router router = new Router(store, Map.of("telegram", stuckChannel), stuckAgent, DecisionPoint.allowAll(),
                    new MovableClock(T0), FAST);
            router.start();
            router.inboxFor("telegram").deliver(inbound("slow", "a", "think hard"));
            router.inboxFor("telegram").deliver(inbound("fast", "b", "quick"));
            stuck.await();

            long began = System.nanoTime();
            router.close();
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertTrue(took.compareTo(FAST.closeGrace().multipliedBy(4)) < 0, "close took " + took);
            assertEquals(1, store.unprocessedCount(), "the interrupted agent call's message waits for the next start");
            assertEquals(1, store.stats().pending(), "the interrupted send stays pending");
        }
    }

    private static List<String> deliveredTexts(String conversation, RecordingChannel first, RecordingChannel second) {
        return concat(first.deliveredTexts(conversation), second.deliveredTexts(conversation));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
