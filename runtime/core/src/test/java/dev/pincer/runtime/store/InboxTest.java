package dev.pincer.runtime.store;

import static dev.pincer.runtime.store.Messages.T0;
import static dev.pincer.runtime.store.Messages.at;
import static dev.pincer.runtime.store.Messages.inbound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {

    @TempDir
    Path dir;

    @Test
    void dropsADuplicateDeliveryEvenAfterReopening() {
        Path file = dir.resolve("data/pincer.db");
        try (Store store = Store.open(file)) {
            assertEquals(new Acceptance.Accepted(), store.accept("telegram", inbound("u1", "chat", "hi"), T0));
            assertEquals(new Acceptance.Duplicate(), store.accept("telegram", inbound("u1", "chat", "hi"), at(1)));
        }
        try (Store store = Store.open(file)) {
            assertEquals(new Acceptance.Duplicate(), store.accept("telegram", inbound("u1", "chat", "hi"), at(2)));
            assertEquals(new Acceptance.Accepted(), store.accept("slack", inbound("u1", "chat", "hi"), at(3)),
                    "ids are per integration");
            assertEquals(2, store.unprocessedCount());
        }
    }

    @Test
    void offersEachConversationsMessagesInArrivalOrder() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            store.accept("telegram", inbound("1", "a", "first in a"), T0);
            store.accept("telegram", inbound("2", "b", "first in b"), at(1));
            store.accept("telegram", inbound("3", "a", "second in a"), at(2));

            assertEquals(List.of(new ConversationRef("telegram", "a"), new ConversationRef("telegram", "b")),
                    store.conversationsWithWork());
            InboxEntry first = store.nextUnprocessed("telegram", "a").orElseThrow();
            assertEquals(Optional.of("first in a"), first.message().text());
            assertEquals(first, store.nextUnprocessed("telegram", "a").orElseThrow(), "offered until marked");

            store.markProcessed(first.id(), at(3));
            assertEquals(Optional.of("second in a"),
                    store.nextUnprocessed("telegram", "a").orElseThrow().message().text());
            store.markProcessed(store.nextUnprocessed("telegram", "a").orElseThrow().id(), at(4));

            assertEquals(Optional.empty(), store.nextUnprocessed("telegram", "a"));
            assertEquals(List.of(new ConversationRef("telegram", "b")), store.conversationsWithWork());
        }
    }

    @Test
    void keepsEveryKindOfContentAndTheSenderExactly() {
        List<InboundMessage> messages = List.of(
                new InboundMessage("1", "c", "10", new Sender("42", "Ada \"L\"", false),
                        Instant.parse("2026-03-01T10:00:00.123456Z"), new Content.Text("héllo\n{json}")),
                new InboundMessage("2", "c", "11", new Sender("43", "", true), T0, new Content.Edited("10", "fixed")),
                new InboundMessage("3", "c", "12", new Sender("42", "Ada", false), T0,
                        new Content.Unsupported("photo", "")));
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            List<InboundMessage> read = new ArrayList<>();
            for (InboundMessage message : messages) {
                store.accept("telegram", message, T0);
                InboxEntry entry = store.nextUnprocessed("telegram", "c").orElseThrow();
                assertEquals("telegram", entry.integration());
                assertEquals(T0, entry.receivedAt());
                read.add(entry.message());
                store.markProcessed(entry.id(), T0);
            }
            assertEquals(messages, read);
        }
    }

    @Test
    void offersUnprocessedMessagesAgainAfterACrash() {
        Path file = dir.resolve("pincer.db");
        Store crashed = Store.open(file);
        crashed.accept("telegram", inbound("1", "a", "done"), T0);
        crashed.accept("telegram", inbound("2", "a", "in flight"), at(1));
        crashed.markProcessed(crashed.nextUnprocessed("telegram", "a").orElseThrow().id(), at(2));
        crashed.nextUnprocessed("telegram", "a").orElseThrow();
        // The process dies here: the connection is never closed.

        try (Store restarted = Store.open(file)) {
            assertEquals(Optional.of("in flight"),
                    restarted.nextUnprocessed("telegram", "a").orElseThrow().message().text());
            assertEquals(List.of(new ConversationRef("telegram", "a")), restarted.conversationsWithWork());
        } finally {
            crashed.close();
        }
    }

    @Test
    void markingTwiceIsHarmlessButAnUnknownIdIsRefused() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            store.accept("telegram", inbound("1", "a", "x"), T0);
            long id = store.nextUnprocessed("telegram", "a").orElseThrow().id();
            store.markProcessed(id, at(1));
            store.markProcessed(id, at(2));

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.markProcessed(id + 100, at(3)));
            assertEquals("there is no inbox entry " + (id + 100) + " in " + store.file()
                    + "; use the id of an entry from nextUnprocessed or deadInbound", e.getMessage());
        }
    }

    @Test
    void aMessageThatKeepsFailingIsDeadLetteredAndReleasesItsConversation() {
        try (Store store = Store.open(dir.resolve("pincer.db"), 2)) {
            store.accept("telegram", inbound("1", "a", "poison"), T0);
            store.accept("telegram", inbound("2", "a", "fine"), at(1));
            long poison = store.nextUnprocessed("telegram", "a").orElseThrow().id();

            assertFalse(store.recordProcessingFailure(poison, "model returned garbage", at(2)));
            InboxEntry retried = store.nextUnprocessed("telegram", "a").orElseThrow();
            assertEquals(poison, retried.id(), "a failed message is offered again, keeping order");
            assertEquals(1, retried.failures());
            assertEquals(Optional.of("model returned garbage"), retried.lastError());
            assertTrue(store.recordProcessingFailure(poison, "tool threw", at(3)));

            assertEquals(Optional.of("fine"), store.nextUnprocessed("telegram", "a").orElseThrow().message().text());
            InboxEntry dead = store.deadInbound().getFirst();
            assertEquals(Optional.of("gave up after 2 attempts: tool threw"), dead.lastError());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> store.recordProcessingFailure(poison, "again", at(4)));
            assertEquals("inbox entry " + poison + " is already processed or dead; record failures only for "
                    + "entries from nextUnprocessed", e.getMessage());

            store.retryDeadInbound(poison);
            assertEquals(List.of(), store.deadInbound());
            assertEquals(poison, store.nextUnprocessed("telegram", "a").orElseThrow().id());
            IllegalStateException notDead = assertThrows(IllegalStateException.class,
                    () -> store.retryDeadInbound(poison));
            assertEquals("inbox entry " + poison + " is not dead; only dead letters can be retried",
                    notDead.getMessage());
        }
    }

    @Test
    void reportsUnavailableWhenTheMessageCannotBeStored() throws SQLException {
        Path file = dir.resolve("pincer.db");
        try (Store store = Store.open(file)) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TRIGGER full BEFORE INSERT ON inbox "
                        + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
            }

            Acceptance acceptance = store.accept("telegram", inbound("1", "a", "x"), T0);

            Acceptance.Unavailable unavailable = assertInstanceOf(Acceptance.Unavailable.class, acceptance);
            assertTrue(unavailable.reason().startsWith("cannot accept message 1 of telegram in the store "
                    + file.toAbsolutePath() + ": "), unavailable.reason());
            assertTrue(unavailable.reason().contains("database or disk is full"), unavailable.reason());
            assertEquals(0, store.unprocessedCount());
        }
    }

    @Test
    void acceptsTheSameIdOnceWhenTwoThreadsRace() throws Exception {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            List<Acceptance> results = race(() -> store.accept("telegram", inbound("7", "a", "x"), T0),
                    () -> store.accept("telegram", inbound("7", "a", "x"), T0));
            assertTrue(results.contains(new Acceptance.Accepted()) && results.contains(new Acceptance.Duplicate()),
                    "expected one Accepted and one Duplicate, got " + results);
        }
    }

    @Test
    void acceptsTheSameIdOnceWhenTwoConnectionsRace() throws Exception {
        Path file = dir.resolve("pincer.db");
        try (Store one = Store.open(file); Store other = Store.open(file)) {
            for (int i = 0; i < 20; i++) {
                String id = "race-" + i;
                List<Acceptance> results = race(() -> one.accept("telegram", inbound(id, "a", "x"), T0),
                        () -> other.accept("telegram", inbound(id, "a", "x"), T0));
                assertTrue(results.contains(new Acceptance.Accepted())
                        && results.contains(new Acceptance.Duplicate()), "expected one Accepted, got " + results);
            }
            assertEquals(20, one.unprocessedCount());
        }
    }

    private static List<Acceptance> race(Callable<Acceptance> first, Callable<Acceptance> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Acceptance>> futures = new ArrayList<>();
            for (Callable<Acceptance> task : List.of(first, second)) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Acceptance> results = new ArrayList<>();
            for (Future<Acceptance> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
