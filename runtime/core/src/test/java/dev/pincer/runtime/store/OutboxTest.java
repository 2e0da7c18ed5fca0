package dev.pincer.runtime.store;

import static dev.pincer.runtime.store.Messages.T0;
import static dev.pincer.runtime.store.Messages.at;
import static dev.pincer.runtime.store.Messages.outbound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pincer.spi.SendResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    @TempDir
    Path dir;

    @Test
    void enqueuingTheSameIdTwiceKeepsOneMessage() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            OutboxEntry first = store.enqueue("telegram", outbound("reply-1", "chat", "hello"), T0);
            OutboxEntry again = store.enqueue("telegram", outbound("reply-1", "chat", "hello, regenerated"), at(5));

            assertEquals(first, again);
            assertEquals("hello", again.message().text());
            assertEquals(OutboxStatus.PENDING, first.status());
            assertEquals(T0, first.nextAttemptAt());
            assertEquals(List.of(first), store.due(at(5), 10));
        }
    }

    @Test
    void aSendInProgressAtAStopIsHeldAsADeadLetterInsteadOfSentAgain() {
        Path file = dir.resolve("pincer.db");
        long sending;
        long finished;
        try (Store store = Store.open(file)) {
            sending = store.enqueue("telegram", outbound("reply-1", "chat-a", "in flight"), T0).id();
            finished = store.enqueue("telegram", outbound("reply-2", "chat-b", "answered"), T0).id();
            store.enqueue("telegram", outbound("reply-3", "chat-c", "not started"), T0);
            assertEquals(true, store.markSending(sending, at(1)));
            assertEquals(true, store.markSending(finished, at(1)));
            store.recordAttempt(finished, new SendResult.Delivered(List.of("9")), at(2));
        }
        try (Store store = Store.open(file)) {
            assertEquals(1, store.holdInterruptedSends(at(10)));
            OutboxEntry held = store.deadLetters().getFirst();
            assertEquals("reply-1", held.message().id());
            assertEquals(1, held.attempts());
            assertEquals(true, held.lastError().orElseThrow().contains("whether it arrived is unknown"));
            assertEquals(List.of("reply-3"), store.due(at(10), 10).stream().map(e -> e.message().id()).toList());
            assertEquals(0, store.holdInterruptedSends(at(11)));
            store.retryDeadLetter(sending, at(12));
            assertEquals(0, store.holdInterruptedSends(at(13)), "a retried letter is pending, not sending");
        }
    }

    @Test
    void dueOffersOnlyTheOldestPendingMessageOfEachConversation() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            OutboxEntry a1 = store.enqueue("telegram", outbound("a1", "a", "one"), T0);
            OutboxEntry b1 = store.enqueue("telegram", outbound("b1", "b", "one"), at(1));
            OutboxEntry a2 = store.enqueue("telegram", outbound("a2", "a", "two"), at(2));
            OutboxEntry c1 = store.enqueue("slack", outbound("c1", "a", "same id, other integration"), at(3));

            assertEquals(List.of(a1, b1, c1), store.due(at(10), 10));
            assertEquals(List.of(a1, b1), store.due(at(10), 2), "limit");
            assertEquals(List.of(a1), store.due(at(0), 10), "not yet enqueued ones are not due");

            store.recordAttempt(a1.id(), new SendResult.Delivered(List.of("900")), at(11));
            assertEquals(List.of(b1, a2, c1), store.due(at(11), 10), "a2 heads conversation a now; by enqueue time");
        }
    }

    @Test
    void retryLaterWaitsTheChannelsDelayAndHoldsBackTheConversation() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            OutboxEntry first = store.enqueue("telegram", outbound("1", "a", "one"), T0);
            store.enqueue("telegram", outbound("2", "a", "two"), at(1));

            store.recordAttempt(first.id(), new SendResult.RetryLater(Duration.ofSeconds(30), "429: retry after 30"),
                    at(10));

            assertEquals(List.of(), store.due(at(39), 10), "the head waits, and the second must not overtake it");
            OutboxEntry retried = store.due(at(40), 10).getFirst();
            assertEquals(first.id(), retried.id());
            assertEquals(1, retried.attempts());
            assertEquals(at(40), retried.nextAttemptAt());
            assertEquals(Optional.of("429: retry after 30"), retried.lastError());
        }
    }

    @Test
    void deliveredKeepsThePlatformIds() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            OutboxEntry entry = store.enqueue("telegram", outbound("1", "a", "long"), T0);
            store.recordAttempt(entry.id(), new SendResult.Delivered(List.of("11", "12")), at(1));

            OutboxEntry delivered = store.enqueue("telegram", outbound("1", "a", "long"), at(2));
            assertEquals(OutboxStatus.DELIVERED, delivered.status());
            assertEquals(List.of("11", "12"), delivered.platformMessageIds());
            assertEquals(Optional.of(at(1)), delivered.finishedAt());
            assertEquals(1, delivered.attempts());

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> store.recordAttempt(entry.id(), new SendResult.Delivered(List.of("13")), at(3)));
            assertEquals("outbox entry " + entry.id() + " is DELIVERED, not PENDING; record attempts only for "
                    + "entries returned by due()", e.getMessage());
        }
    }

    @Test
    void runningOutOfAttemptsDeadLettersWithTheLastReason() {
        try (Store store = Store.open(dir.resolve("pincer.db"), 3)) {
            OutboxEntry entry = store.enqueue("telegram", outbound("1", "a", "x"), T0);
            store.recordAttempt(entry.id(), new SendResult.RetryLater(Duration.ZERO, "timeout"), at(1));
            store.recordAttempt(entry.id(), new SendResult.RetryLater(Duration.ZERO, "timeout"), at(2));
            store.recordAttempt(entry.id(), new SendResult.RetryLater(Duration.ZERO, "502 bad gateway"), at(3));

            assertEquals(List.of(), store.due(at(100), 10));
            OutboxEntry dead = store.deadLetters().getFirst();
            assertEquals(OutboxStatus.DEAD, dead.status());
            assertEquals(3, dead.attempts());
            assertEquals(Optional.of("gave up after 3 attempts: 502 bad gateway"), dead.lastError());
            assertEquals(Optional.of(at(3)), dead.finishedAt());
        }
    }

    @Test
    void theDefaultIsEightAttempts() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            OutboxEntry entry = store.enqueue("telegram", outbound("1", "a", "x"), T0);
            for (int attempt = 1; attempt <= 7; attempt++) {
                store.recordAttempt(entry.id(), new SendResult.RetryLater(Duration.ofSeconds(1), "busy"), at(attempt));
            }
            assertEquals(List.of(), store.deadLetters());
            store.recordAttempt(entry.id(), new SendResult.RetryLater(Duration.ofSeconds(1), "busy"), at(8));
            assertEquals(Optional.of("gave up after 8 attempts: busy"), store.deadLetters().getFirst().lastError());
        }
    }

    @Test
    void aFailedSendIsDeadAtOnceAndNoLongerBlocksItsConversation() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            OutboxEntry refused = store.enqueue("telegram", outbound("1", "a", "x"), T0);
            OutboxEntry next = store.enqueue("telegram", outbound("2", "a", "y"), at(1));
            store.recordAttempt(refused.id(), new SendResult.Failed("403: bot was blocked by the user"), at(2));

            assertEquals(Optional.of("403: bot was blocked by the user"), store.deadLetters().getFirst().lastError());
            assertEquals(List.of(next), store.due(at(2), 10));
        }
    }

    @Test
    void anOverlongRetryAfterDeadLettersRatherThanWaitingSilently() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            OutboxEntry entry = store.enqueue("telegram", outbound("1", "a", "x"), T0);
            store.recordAttempt(entry.id(), new SendResult.RetryLater(Duration.ofDays(30), "flood wait"), at(1));

            assertEquals(Optional.of("asked to retry after PT720H, longer than the 7 days the outbox waits: "
                    + "flood wait"), store.deadLetters().getFirst().lastError());
        }
    }

    @Test
    void theOwnerCanRetryADeadLetter() {
        try (Store store = Store.open(dir.resolve("pincer.db"), 1)) {
            OutboxEntry entry = store.enqueue("telegram", outbound("1", "a", "x"), T0);
            store.recordAttempt(entry.id(), new SendResult.RetryLater(Duration.ZERO, "down"), at(1));

            store.retryDeadLetter(entry.id(), at(60));

            assertEquals(List.of(), store.deadLetters());
            OutboxEntry revived = store.due(at(60), 10).getFirst();
            assertEquals(0, revived.attempts());
            assertEquals(Optional.empty(), revived.finishedAt());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> store.retryDeadLetter(entry.id(), at(61)));
            assertEquals("outbox entry " + entry.id() + " is PENDING, not DEAD; only dead letters can be retried",
                    e.getMessage());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> store.retryDeadLetter(999, at(61)));
            assertEquals("there is no outbox entry 999 in " + store.file()
                    + "; use the id of an entry from due() or deadLetters()", unknown.getMessage());
        }
    }

    @Test
    void statsCountEachIntegrationsMessages() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            OutboxEntry delivered = store.enqueue("telegram", outbound("1", "a", "x"), T0);
            store.enqueue("telegram", outbound("2", "b", "x"), at(5));
            OutboxEntry dead = store.enqueue("slack", outbound("3", "a", "x"), at(7));
            store.recordAttempt(delivered.id(), new SendResult.Delivered(List.of("1")), at(8));
            store.recordAttempt(dead.id(), new SendResult.Failed("channel archived"), at(8));

            OutboxStats stats = store.stats();

            assertEquals(Map.of(
                    "slack", new OutboxStats.Counts(0, 0, 1, Optional.empty()),
                    "telegram", new OutboxStats.Counts(1, 1, 0, Optional.of(at(5)))), stats.byIntegration());
            assertEquals(1, stats.pending());
            assertEquals(1, stats.dead());
            assertEquals(Optional.of(at(5)), stats.oldestPendingSince());
        }
    }

    @Test
    void pendingMessagesAreStillThereAfterACrash() {
        Path file = dir.resolve("pincer.db");
        Store crashed = Store.open(file);
        OutboxEntry sent = crashed.enqueue("telegram", outbound("1", "a", "sent"), T0);
        OutboxEntry unsent = crashed.enqueue("telegram", outbound("2", "b", "not yet"), at(1));
        crashed.recordAttempt(sent.id(), new SendResult.Delivered(List.of("5")), at(2));
        // Dies before sending the second: never closed.

        try (Store restarted = Store.open(file)) {
            assertEquals(List.of(unsent), restarted.due(at(3), 10));
            assertEquals(unsent, restarted.enqueue("telegram", outbound("2", "b", "regenerated"), at(3)),
                    "the agent replaying its turn does not queue a second copy");
        } finally {
            crashed.close();
        }
    }
}
