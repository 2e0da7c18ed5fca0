package dev.pincer.runtime.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite connection, guarded by a lock, with transactions that nest through savepoints.
 *
 * <p>Every call runs under the lock, so the store is safe to share between threads; a call that
 * another thread holds the lock for waits. Times are stored as microseconds since the epoch.
 */
final class Database implements AutoCloseable {

    /** A piece of work on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;
    private boolean closed;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the file with WAL, {@code synchronous=FULL}, a busy timeout and foreign keys, creating directories. */
    static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of the store " + absolute + ": " + e
                    + "; check the permissions, or point --data elsewhere", e);
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA foreign_keys = ON");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new Database(absolute, connection);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + absolute + ": " + e.getMessage()
                    + "; check that it is an SQLite file and that its directory is writable", e);
        }
    }

    Path file() {
        return file;
    }

    /**
     * Runs {@code work} in one write transaction (a savepoint when nested), committing on return and
     * rolling back on any exception.
     *
     * @param action what is being done, for the error message ("accept a message")
     */
    <T> T transaction(String action, Work<T> work) {
        return run(action, "BEGIN IMMEDIATE", work);
    }

    /** Runs read-only {@code work} in one transaction, which does not wait for other processes' writes. */
    <T> T read(String action, Work<T> work) {
        return run(action, "BEGIN DEFERRED", work);
    }

    private <T> T run(String action, String beginOuter, Work<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("cannot " + action + ": the store " + file + " is closed");
            }
            String savepoint = "s" + depth;
            boolean outer = depth == 0;
            begin(outer ? beginOuter : "SAVEPOINT " + savepoint, outer, action);
            depth++;
            try {
                T result = work.run(connection);
                depth--;
                end(outer, savepoint, action);
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                depth--;
                undo(outer, savepoint, e);
                if (e instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                if (e instanceof Error error) {
                    throw error;
                }
                throw new StoreException("cannot " + action + " in the store " + file + ": " + e.getMessage(), e);
            }
        } finally {
            lock.unlock();
        }
    }

    private void begin(String sql, boolean outer, String action) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("cannot " + action + " in the store " + file + ": " + e.getMessage()
                    + (outer ? "; another process may hold it locked" : ""), e);
        }
    }

    private void end(boolean outer, String savepoint, String action) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(outer ? "COMMIT" : "RELEASE " + savepoint);
        } catch (SQLException e) {
            undo(outer, savepoint, e);
            throw new StoreException("cannot " + action + " in the store " + file + ": commit failed: "
                    + e.getMessage(), e);
        }
    }

    private void undo(boolean outer, String savepoint, Throwable cause) {
        try (Statement statement = connection.createStatement()) {
            if (outer) {
                statement.execute("ROLLBACK");
            } else {
                statement.execute("ROLLBACK TO " + savepoint);
                statement.execute("RELEASE " + savepoint);
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Closes the connection; later calls fail. Idempotent. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Microseconds since the epoch; rejects instants outside about ±290,000 years. */
    static long micros(Instant instant, String name) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " " + instant
                    + " is too far from 1970 for the store; use a time within ±290,000 years", e);
        }
    }

    static Instant instant(long micros) {
        try {
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        } catch (DateTimeException e) {
            throw new StoreException("stored time " + micros + " is out of range", e);
        }
    }

    static void setMicros(PreparedStatement statement, int index, Instant instant, String name) throws SQLException {
        statement.setLong(index, micros(instant, name));
    }
}
