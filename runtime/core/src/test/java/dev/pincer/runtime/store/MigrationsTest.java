package dev.pincer.runtime.store;

import static dev.pincer.runtime.store.Messages.T0;
import static dev.pincer.runtime.store.Messages.inbound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void upgradesAVersionOneDatabaseInPlace() throws SQLException {
        Path file = dir.resolve("pincer.db");
        try (Database old = Database.open(file)) {
            Migrations.ALL.upTo(1).apply(old, T0);
            old.transaction("accept as version 1 did", connection ->
                    InboxTable.insert(connection, "telegram", inbound("1", "a", "from the old version"), T0));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertEquals("1", single(statement, "SELECT group_concat(version) FROM schema_migrations"));
            assertEquals("0", single(statement,
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'scheduled_tasks'"));
        }

        try (Store upgraded = Store.open(file)) {
            assertEquals(Optional.of("from the old version"),
                    upgraded.nextUnprocessed("telegram", "a").orElseThrow().message().text());
            upgraded.schedule("t", new Schedule.Once(T0), "now possible", T0);
            assertEquals(1, upgraded.claimDue(T0).size());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertEquals("1,2,3,4", single(statement, "SELECT group_concat(version) FROM "
                    + "(SELECT version FROM schema_migrations ORDER BY version)"));
        }
    }

    @Test
    void refusesADatabaseFromANewerPincer() throws SQLException {
        Path file = dir.resolve("pincer.db");
        Store.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (9, 0)");
        }

        StoreException e = assertThrows(StoreException.class, () -> Store.open(file));

        assertEquals("the store " + file.toAbsolutePath() + " was written by a newer Pincer (schema 9, this one "
                + "knows " + Migrations.ALL.latest() + "); upgrade Pincer or point --data elsewhere", e.getMessage());
    }

    @Test
    void opensInWalModeAndCreatesTheDataDirectory() throws SQLException {
        Path file = dir.resolve("data/nested/pincer.db");
        try (Store store = Store.open(file)) {
            assertEquals(file.toAbsolutePath(), store.file());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertEquals("wal", single(statement, "PRAGMA journal_mode"));
        }
    }

    @Test
    void atomicallyKeepsAllOrNothing() {
        try (Store store = Store.open(dir.resolve("pincer.db"))) {
            store.accept("telegram", inbound("1", "a", "question"), T0);
            long id = store.nextUnprocessed("telegram", "a").orElseThrow().id();

            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.atomically(() -> {
                store.enqueue("telegram", Messages.outbound("reply-1", "a", "answer"), T0);
                store.markProcessed(id, T0);
                throw new IllegalStateException("crash in the middle");
            }));

            assertEquals("crash in the middle", e.getMessage());
            assertEquals(id, store.nextUnprocessed("telegram", "a").orElseThrow().id());
            assertEquals(0, store.stats().pending());
            store.atomically(() -> {
                store.enqueue("telegram", Messages.outbound("reply-1", "a", "answer"), T0);
                store.markProcessed(id, T0);
            });
            assertEquals(Optional.empty(), store.nextUnprocessed("telegram", "a"));
            assertEquals(1, store.stats().pending());
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = Store.open(dir.resolve("pincer.db"));
        store.close();
        store.close();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.due(T0, 1));

        assertEquals("cannot find due messages: the store " + store.file() + " is closed", e.getMessage());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
