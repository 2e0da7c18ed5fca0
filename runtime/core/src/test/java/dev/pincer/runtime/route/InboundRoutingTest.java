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
import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Inbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboundRoutingTest {

    @TempDir
    Path dir;

    private final RecordingChannel telegram = RecordingChannel.delivering();
    private final MovableClock clock = new MovableClock(T0);

    private Router router(Store store, Agent agent, DecisionPoint decisions) {
        return new Router(store, Map.of("telegram", telegram), agent, decisions, clock, FAST);
    }

    @Test
    void repliesArriveInOrderWithinAConversationWhileASlowConversationDoesNotBlockAnother() throws Exception {
        CountDownLatch slowMayAnswer = new CountDownLatch(1);
        Agent agent = (conversation, message, history) -> {
            if (conversation.conversation().equals("slow")) {
                slowMayAnswer.await();
            }
            return ECHO.respond(conversation, message, history);
        };
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, agent,
                DecisionPoint.allowAll())) {
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            inbox.deliver(inbound("s1", "slow", "first slow"));
            inbox.deliver(inbound("s2", "slow", "second slow"));
            for (int i = 1; i <= 5; i++) {
                assertEquals(new Acceptance.Accepted(), inbox.deliver(inbound("f" + i, "fast", "fast " + i)));
            }

            List<String> fastInOrder = List.of("echo: fast 1", "echo: fast 2", "echo: fast 3", "echo: fast 4",
                    "echo: fast 5");
            eventually("the fast conversation is answered while the slow one waits",
                    () -> telegram.deliveredTexts("fast").size() == 5, telegram::delivered);
            assertEquals(fastInOrder, telegram.deliveredTexts("fast"));
            assertEquals(List.of(), telegram.deliveredTexts("slow"), "the slow agent has not answered yet");

            slowMayAnswer.countDown();
            eventually("the slow conversation is answered", () -> telegram.deliveredTexts("slow").size() == 2,
                    telegram::delivered);
            assertEquals(List.of("echo: first slow", "echo: second slow"), telegram.deliveredTexts("slow"));
            assertEquals(0, telegram.overlappingSends(), "sends of one conversation never overlap");
        }
    }

    @Test
    void aDuplicateInboundMessageIsAnsweredOnce() {
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, ECHO,
                DecisionPoint.allowAll())) {
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            assertEquals(new Acceptance.Accepted(), inbox.deliver(inbound("u1", "chat", "hello")));
            assertEquals(new Acceptance.Duplicate(), inbox.deliver(inbound("u1", "chat", "hello")));
            inbox.deliver(inbound("u2", "chat", "later"));

            eventually("the later message is answered", () -> telegram.deliveredTexts("chat").size() >= 2,
                    telegram::delivered);
            assertEquals(List.of("echo: hello", "echo: later"), telegram.deliveredTexts("chat"),
                    "the duplicate came before 'later', so a second answer would show before it");
            assertEquals(1, telegram.callsFor(telegram.delivered().getFirst().id()));
        }
    }

    @Test
    void aDeniedReplyIsNotSentAndIsRecordedInTheHistory() {
        DecisionPoint noSecrets = action -> switch (action) {
            case ProposedAction.SendMessage send when send.message().text().contains("secret") ->
                    new Decision.Deny("replies must not mention secrets");
            case ProposedAction.SendMessage send -> new Decision.Allow();
            case ProposedAction.InvokeTool tool -> new Decision.Allow();
        };
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, ECHO, noSecrets)) {
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            inbox.deliver(inbound("u1", "chat", "the secret"));
            inbox.deliver(inbound("u2", "chat", "hello"));

            eventually("the allowed reply is sent", () -> !telegram.deliveredTexts("chat").isEmpty(),
                    telegram::delivered);
            assertEquals(List.of("echo: hello"), telegram.deliveredTexts("chat"));
            assertEquals(1, telegram.calls().size(), "the denied reply was never offered to the channel");
            List<Turn> history = store.recent(new ConversationRef("telegram", "chat"), 10);
            assertEquals(List.of(Role.USER, Role.ASSISTANT, Role.TOOL, Role.USER, Role.ASSISTANT),
                    history.stream().map(Turn::role).toList());
            assertEquals("echo: the secret", history.get(1).text());
            assertEquals("not sent: replies must not mention secrets", history.get(2).text());
            assertEquals(0, store.stats().pending() + store.stats().dead(), "nothing denied is queued");
        }
    }

    @Test
    void theAgentGetsTheHistoryBeforeTheMessageAndMayAnswerWithSeveralRepliesOrNone() {
        List<Integer> historySizes = new ArrayList<>();
        Agent agent = (conversation, message, history) -> {
            synchronized (historySizes) {
                historySizes.add(history.size());
            }
            return switch (message.text().orElseThrow()) {
                case "two" -> List.of("one part", "", "other part");
                case "none" -> List.of();
                default -> List.of("ok");
            };
        };
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, agent,
                DecisionPoint.allowAll())) {
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            inbox.deliver(inbound("u1", "chat", "two"));
            inbox.deliver(inbound("u2", "chat", "none"));
            inbox.deliver(inbound("u3", "chat", "last"));

            eventually("all replies are sent", () -> telegram.deliveredTexts("chat").size() == 3, telegram::delivered);
            assertEquals(List.of("one part", "other part", "ok"), telegram.deliveredTexts("chat"),
                    "empty texts are skipped");
            assertEquals(List.of(0, 3, 4), historySizes, "user + 2 replies, then a user turn with no reply");
            assertTrue(telegram.delivered().getFirst().replyTo().isPresent(), "the first reply answers the message");
            assertTrue(telegram.delivered().get(1).replyTo().isEmpty());
        }
    }

    @Test
    void whenNothingWasCommittedAfterTheAgentRanItRunsAgainAndTheReplyIsSentOnce() {
        AtomicInteger agentRuns = new AtomicInteger();
        AtomicInteger decisionsAsked = new AtomicInteger();
        Agent counting = (conversation, message, history) -> {
            agentRuns.incrementAndGet();
            return ECHO.respond(conversation, message, history);
        };
        DecisionPoint failsOnce = action -> {
            if (decisionsAsked.incrementAndGet() == 1) {
                throw new IllegalStateException("policy store unreachable");
            }
            return new Decision.Allow();
        };
        try (Store store = Store.open(dir.resolve("pincer.db")); Router router = router(store, counting, failsOnce)) {
            router.start();
            router.inboxFor("telegram").deliver(inbound("u1", "chat", "hello"));

            eventually("the reply is delivered", () -> router.status().of("telegram").orElseThrow().delivered() == 1,
                    router::status);
            assertEquals(2, agentRuns.get(), "the agent ran again after the failed decision");
            assertEquals(List.of("echo: hello"), telegram.deliveredTexts("chat"));
            assertEquals(1, telegram.calls().size());
            assertEquals(List.of(Role.USER, Role.ASSISTANT), store.recent(new ConversationRef("telegram", "chat"), 10)
                    .stream().map(Turn::role).toList(), "the failed attempt left no history");
            String problem = router.status().of("telegram").orElseThrow().lastProblem().orElseThrow().message();
            assertTrue(problem.contains("policy store unreachable"), problem);
        }
    }

    @Test
    void aFailingAgentIsRetriedThenDeadLetteredAndTheConversationMovesOn() {
        Agent agent = (conversation, message, history) -> {
            if (message.text().orElseThrow().equals("boom")) {
                throw new IllegalStateException("model unreachable");
            }
            return ECHO.respond(conversation, message, history);
        };
        try (Store store = Store.open(dir.resolve("pincer.db"), 3); Router router = router(store, agent,
                DecisionPoint.allowAll())) {
            router.start();
            Inbox inbox = router.inboxFor("telegram");
            inbox.deliver(inbound("u1", "chat", "boom"));
            inbox.deliver(inbound("u2", "chat", "after"));

            eventually("the message after the dead one is answered", () -> !telegram.deliveredTexts("chat").isEmpty(),
                    telegram::delivered);
            assertEquals(List.of("echo: after"), telegram.deliveredTexts("chat"));
            RouterStatus status = router.status();
            assertEquals(1, status.inboundDead());
            assertEquals(0, status.inboundUnprocessed());
            String problem = status.of("telegram").orElseThrow().lastProblem().orElseThrow().message();
            assertTrue(problem.contains("model unreachable"), problem);
            assertTrue(store.deadInbound().getFirst().lastError().orElseThrow().startsWith("gave up after 3 attempts"),
                    store.deadInbound().toString());
        }
    }
}
