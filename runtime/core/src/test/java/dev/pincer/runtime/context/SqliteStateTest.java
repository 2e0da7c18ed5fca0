package dev.pincer.runtime.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateTest {

    @TempDir
    Path dir;

    @Test
    void valuesSurviveClosingAndReopening() {
        Path file = dir.resolve("state.db");
        try (SqliteState first = SqliteState.open(file, "telegram")) {
            first.put("offset", "41");
            first.put("offset", "42");
            first.put("gone", "soon");
            first.remove("gone");
        }

        try (SqliteState reopened = SqliteState.open(file, "telegram")) {
            assertEquals(Optional.of("42"), reopened.get("offset"));
            assertEquals(Optional.empty(), reopened.get("gone"));
        }
    }

    @Test
    void twoInstancesOnOneFileSeeEachOthersWrites() {
        Path file = dir.resolve("state.db");
        try (SqliteState writer = SqliteState.open(file, "telegram");
                SqliteState reader = SqliteState.open(file, "telegram");
                SqliteState other = SqliteState.open(file, "slack")) {
            writer.put("offset", "7");

            assertEquals(Optional.of("7"), reader.get("offset"));
            assertEquals(Optional.empty(), other.get("offset"), "namespaces are separate");
            reader.remove("offset");
            assertEquals(Optional.empty(), writer.get("offset"));
        }
    }

    @Test
    void usesWalWithAVersionedSchema() throws SQLException {
        Path file = dir.resolve("state.db");
        try (SqliteState state = SqliteState.open(file, "telegram")) {
            state.put("k", "v");
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement statement = connection.createStatement()) {
                assertEquals("wal", single(statement, "PRAGMA journal_mode"));
                assertEquals("1", single(statement, "PRAGMA user_version"));
                assertEquals("telegram|k|v", single(statement,
                        "SELECT namespace || '|' || key || '|' || value FROM state WHERE updated_at <> ''"));
            }
        }
    }

    @Test
    void refusesADatabaseFromANewerSchema() throws SQLException {
        Path file = dir.resolve("state.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 9");
        }

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SqliteState.open(file, "telegram"));

        assertEquals("the state database " + file + " has schema version 9, newer than this Pincer understands (1); "
                + "upgrade Pincer or use another state file", e.getMessage());
    }

    @Test
    void rejectsKeysOutsideOneToTwoHundredCharacters() {
        try (SqliteState state = SqliteState.open(dir.resolve("state.db"), "telegram")) {
            state.put("k".repeat(200), "fits");

            IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> state.put("", "v"));
            IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                    () -> state.get("k".repeat(201)));

            assertEquals("state key must be 1 to 200 characters, but '' has 0; use a short, fixed name such as "
                    + "\"offset\"", empty.getMessage());
            assertEquals("state key must be 1 to 200 characters, but '" + "k".repeat(40) + "...' has 201; use a short, "
                    + "fixed name such as \"offset\"", tooLong.getMessage());
            assertEquals(Optional.of("fits"), state.get("k".repeat(200)));
        }
    }

    @Test
    void rejectsValuesOver64KiBOfUtf8() {
        try (SqliteState state = SqliteState.open(dir.resolve("state.db"), "telegram")) {
            state.put("max", "x".repeat(65536));

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> state.put("big", "é".repeat(32769)));

            assertEquals("state value for key 'big' is 65538 bytes in UTF-8, but values may be at most 65536 bytes "
                    + "(64 KiB); store less, or split it over several keys", e.getMessage());
            assertEquals(65536, state.get("max").orElseThrow().length());
        }
    }

    @Test
    void concurrentWritersLoseNothing() throws InterruptedException {
        try (SqliteState state = SqliteState.open(dir.resolve("state.db"), "telegram")) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 25; i++) {
                        state.put("t" + thread + "-" + i, Integer.toString(i));
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }

            for (int t = 0; t < 4; t++) {
                assertEquals(Optional.of("24"), state.get("t" + t + "-24"));
            }
        }
    }

    @Test
    void refusesUseAfterClose() {
        SqliteState state = SqliteState.open(dir.resolve("state.db"), "telegram");
        state.close();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> state.get("offset"));

        assertEquals("the state of 'telegram' in " + dir.resolve("state.db") + " is closed", e.getMessage());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
