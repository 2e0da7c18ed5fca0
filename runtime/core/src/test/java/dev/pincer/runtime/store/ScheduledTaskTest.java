package dev.pincer.runtime.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledTaskTest {

    private static final Instant MONDAY_9_BERLIN = Instant.parse("2026-03-23T08:00:00Z");
    private static final Schedule MONDAYS_AT_9 =
            new Schedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    @Test
    void aOnceTaskFiresOnceAndThenIsFinished() {
        Instant at = Instant.parse("2026-03-02T12:00:00Z");
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            store.schedule("call-mum", new Schedule.Once(at), "call mum", at);

            assertEquals(List.of(), store.claimDue(at.minusSeconds(1)));
            assertEquals(List.of(new DueTask("call-mum", new Schedule.Once(at), "call mum", at)),
                    store.claimDue(at.plusSeconds(3)));
            assertEquals(List.of(), store.claimDue(at.plusSeconds(4)));
            assertEquals(List.of(), store.claimDue(at.plus(Duration.ofDays(400))));

            ScheduledTask finished = store.tasks().getFirst();
            assertEquals(Optional.empty(), finished.nextRun());
            assertEquals(Optional.of(at.plusSeconds(3)), finished.lastFiredAt());
            assertEquals(1, finished.fireCount());
        }
    }

    @Test
    void claimingTwiceAtTheSameInstantReturnsTheTaskOnce() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            store.schedule("weekly-review", MONDAYS_AT_9, "review the week", MONDAY_9_BERLIN);

            assertEquals(1, store.claimDue(MONDAY_9_BERLIN).size());
            assertEquals(List.of(), store.claimDue(MONDAY_9_BERLIN));
            assertEquals(Optional.of(Instant.parse("2026-03-30T07:00:00Z")), store.tasks().getFirst().nextRun(),
                    "next Monday 09:00, now in summer time");
        }
    }

    @Test
    void aClaimedOccurrenceDoesNotFireAgainAfterARestart() {
        Path file = dir.resolve("pincer.db");
        Store crashed = Store.open(file);
        crashed.schedule("weekly-review", MONDAYS_AT_9, "review the week", MONDAY_9_BERLIN);
        assertEquals(1, crashed.claimDue(MONDAY_9_BERLIN.plusSeconds(1)).size());
        // Dies right after the claim, before acting on it: never closed.

        try (Store restarted = Store.open(file)) {
            assertEquals(List.of(), restarted.claimDue(MONDAY_9_BERLIN.plusSeconds(2)));
            assertEquals(List.of("weekly-review"), restarted.claimDue(Instant.parse("2026-03-30T07:00:00Z"))
                    .stream().map(DueTask::id).toList());
        } finally {
            crashed.close();
        }
    }

    @Test
    void twoProcessesClaimingTogetherFireEachOccurrenceOnce() throws Exception {
        Path file = dir.resolve("pincer.db");
        try (Store one = Store.open(file); Store other = Store.open(file);
                ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 20; i++) {
                Instant at = MONDAY_9_BERLIN.plusSeconds(i);
                one.schedule("task-" + i, new Schedule.Once(at), "x", at);
                CountDownLatch start = new CountDownLatch(1);
                Future<List<DueTask>> first = threads.submit(() -> {
                    start.await();
                    return one.claimDue(at);
                });
                Future<List<DueTask>> second = threads.submit(() -> {
                    start.await();
                    return other.claimDue(at);
                });
                start.countDown();
                assertEquals(1, first.get().size() + second.get().size(), "occurrence " + i);
            }
        }
    }

    @Test
    void aClaimHandedToTheInboxInOneTransactionIsNeverLost() throws SQLException {
        Path file = dir.resolve("pincer.db");
        try (Store store = Store.open(file)) {
            store.schedule("weekly-review", MONDAYS_AT_9, "review the week", MONDAY_9_BERLIN);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TRIGGER full BEFORE INSERT ON inbox "
                        + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
            }

            assertThrows(IllegalStateException.class, () -> handOn(store, MONDAY_9_BERLIN));
            assertEquals(Optional.of(MONDAY_9_BERLIN), store.tasks().getFirst().nextRun(), "the claim rolled back");

            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER full");
            }
            handOn(store, MONDAY_9_BERLIN.plusSeconds(1));
            assertEquals(Optional.of("review the week"),
                    store.nextUnprocessed("scheduler", "weekly-review").orElseThrow().message().text());
            assertEquals(List.of(), store.claimDue(MONDAY_9_BERLIN.plusSeconds(2)));
        }
    }

    private static void handOn(Store store, Instant now) {
        store.atomically(() -> {
            for (DueTask task : store.claimDue(now)) {
                InboundMessage message = new InboundMessage(task.id() + "@" + task.dueAt(), task.id(), task.id(),
                        new Sender("scheduler", "", true), task.dueAt(), new Content.Text(task.payload()));
                Acceptance acceptance = store.accept("scheduler", message, now);
                if (!acceptance.acknowledgeable()) {
                    throw new IllegalStateException("cannot hand on " + task.id() + ": " + acceptance);
                }
            }
        });
    }

    @Test
    void occurrencesMissedWhileDownFireOnceOnCatchUp() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            Instant first = Instant.parse("2026-03-02T09:00:00Z");
            store.schedule("hourly", new Schedule.Every(Duration.ofHours(1)), "check mail", first);

            Instant backUp = Instant.parse("2026-03-02T14:20:00Z");
            List<DueTask> claimed = store.claimDue(backUp);

            assertEquals(List.of(first), claimed.stream().map(DueTask::dueAt).toList());
            assertEquals(Optional.of(Instant.parse("2026-03-02T15:00:00Z")), store.tasks().getFirst().nextRun());
            assertEquals(List.of(), store.claimDue(backUp));
        }
    }

    @Test
    void schedulingAnExistingIdKeepsTheStoredTask() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            ScheduledTask stored = store.schedule("weekly-review", MONDAYS_AT_9, "review", MONDAY_9_BERLIN);
            store.claimDue(MONDAY_9_BERLIN);

            ScheduledTask again = store.schedule("weekly-review", MONDAYS_AT_9, "review", MONDAY_9_BERLIN);

            assertEquals(stored.payload(), again.payload());
            assertEquals(Optional.of(Instant.parse("2026-03-30T07:00:00Z")), again.nextRun(),
                    "a restart re-registering its tasks does not re-arm the claimed occurrence");
            assertEquals(List.of(), store.claimDue(MONDAY_9_BERLIN));
            assertTrue(store.cancel("weekly-review"));
            assertEquals(List.of(), store.tasks());
        }
    }

    @Test
    void aOnceTaskMustStartAtItsInstant() {
        Instant at = Instant.parse("2026-03-02T12:00:00Z");
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.schedule("t", new Schedule.Once(at), "x", at.plusSeconds(1)));
            assertEquals("task 't' runs once at 2026-03-02T12:00:00Z, but firstRun is 2026-03-02T12:00:01Z; "
                    + "pass the same instant", e.getMessage());
        }
    }
}
