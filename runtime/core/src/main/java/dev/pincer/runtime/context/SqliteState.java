package dev.pincer.runtime.context;

import dev.pincer.spi.State;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Durable key-value state in an SQLite file, one namespace per integration.
 *
 * <p>The database runs in WAL mode with {@code synchronous=FULL}, so a {@link #put} that returned
 * survives a crash. Several instances (and processes) may share a file; each sees the others'
 * committed writes. Thread-safe: calls are serialised on one connection.
 */
public final class SqliteState implements State, AutoCloseable {

    /** The longest key, in characters. */
    public static final int MAX_KEY_LENGTH = 200;

    /** The largest value, in UTF-8 bytes (64 KiB). */
    public static final int MAX_VALUE_BYTES = 64 * 1024;

    static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final String namespace;
    private final Connection connection;
    private boolean closed;

    private SqliteState(Path file, String namespace, Connection connection) {
        this.file = file;
        this.namespace = namespace;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the state database and one namespace in it.
     *
     * @param databaseFile the SQLite file; its directory must exist
     * @param namespace usually the integration's name
     * @throws IllegalStateException if the file cannot be opened or was written by a newer schema
     */
    public static SqliteState open(Path databaseFile, String namespace) {
        Objects.requireNonNull(databaseFile, "databaseFile");
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.isBlank()) {
            throw new IllegalArgumentException("namespace must not be blank; use the integration's name");
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile.toAbsolutePath());
            try {
                StateSchema.prepare(connection, databaseFile);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new SqliteState(databaseFile, namespace, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the state database " + databaseFile + ": " + e.getMessage()
                    + "; check that its directory exists and is writable", e);
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        checkKey(key);
        try (PreparedStatement select = open().prepareStatement(
                "SELECT value FROM state WHERE namespace = ? AND key = ?")) {
            select.setString(1, namespace);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", key, e);
        }
    }

    @Override
    public synchronized void put(String key, String value) {
        checkKey(key);
        Objects.requireNonNull(value, "value");
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("state value for key '" + shown(key) + "' is " + bytes
                    + " bytes in UTF-8, but values may be at most " + MAX_VALUE_BYTES
                    + " bytes (64 KiB); store less, or split it over several keys");
        }
        try (PreparedStatement upsert = open().prepareStatement(
                "INSERT INTO state (namespace, key, value, updated_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, "
                        + "updated_at = excluded.updated_at")) {
            upsert.setString(1, namespace);
            upsert.setString(2, key);
            upsert.setString(3, value);
            upsert.setString(4, Instant.now().toString());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw failure("store", key, e);
        }
    }

    @Override
    public synchronized void remove(String key) {
        checkKey(key);
        try (PreparedStatement delete = open().prepareStatement(
                "DELETE FROM state WHERE namespace = ? AND key = ?")) {
            delete.setString(1, namespace);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("remove", key, e);
        }
    }

    /** The namespace this instance reads and writes. */
    public String namespace() {
        return namespace;
    }

    /** Closes the connection; later calls fail. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the state database " + file + ": " + e.getMessage(), e);
        }
    }

    private Connection open() {
        if (closed) {
            throw new IllegalStateException("the state of '" + namespace + "' in " + file + " is closed");
        }
        return connection;
    }

    private static void checkKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("state key must be 1 to " + MAX_KEY_LENGTH + " characters, but '"
                    + shown(key) + "' has " + key.length() + "; use a short, fixed name such as \"offset\"");
        }
    }

    private static String shown(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40) + "...";
    }

    private IllegalStateException failure(String action, String key, SQLException e) {
        return new IllegalStateException("cannot " + action + " state key '" + shown(key) + "' of '" + namespace
                + "' in " + file + ": " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "SqliteState[" + file + ", " + namespace + "]";
    }

    /** Creates or checks the schema, recorded in {@code PRAGMA user_version}. */
    static final class StateSchema {
        private StateSchema() {}

        static void prepare(Connection connection, Path file) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("BEGIN IMMEDIATE");
                try {
                    int version;
                    try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                        version = rows.next() ? rows.getInt(1) : 0;
                    }
                    if (version > SCHEMA_VERSION) {
                        throw new IllegalStateException("the state database " + file + " has schema version "
                                + version + ", newer than this Pincer understands (" + SCHEMA_VERSION
                                + "); upgrade Pincer or use another state file");
                    }
                    statement.execute("CREATE TABLE IF NOT EXISTS state (namespace TEXT NOT NULL, key TEXT NOT NULL, "
                            + "value TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (namespace, key))");
                    statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                    statement.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            }
        }
    }
}
