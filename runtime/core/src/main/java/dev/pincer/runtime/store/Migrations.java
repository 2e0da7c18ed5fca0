package dev.pincer.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The store's schema as an ordered list of versioned SQL steps.
 *
 * <p>Each step runs in its own transaction and is recorded in {@code schema_migrations(version,
 * applied_at)}, so a database is upgraded in place one step at a time, and a step interrupted by a
 * crash is rolled back and runs again on the next open. Steps are never edited once released: a
 * change to the schema is a new step at the end.
 */
final class Migrations {

    /** One versioned step. */
    record Step(int version, String description, List<String> statements) {
        Step {
            if (version < 1) {
                throw new IllegalArgumentException("migration version must be at least 1, was " + version);
            }
            Objects.requireNonNull(description, "description");
            statements = List.copyOf(statements);
        }
    }

    /** Every step this Pincer knows, oldest first. */
    static final Migrations ALL = new Migrations(List.of(
            new Step(1, "inbox, outbox and conversation history", List.of(
                    """
                    CREATE TABLE inbox (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        integration TEXT NOT NULL,
                        delivery_id TEXT NOT NULL,
                        conversation TEXT NOT NULL,
                        message_id TEXT NOT NULL,
                        sender TEXT NOT NULL,
                        sent_at INTEGER NOT NULL,
                        content TEXT NOT NULL,
                        received_at INTEGER NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        last_error TEXT,
                        processed_at INTEGER,
                        dead_at INTEGER,
                        UNIQUE (integration, delivery_id))""",
                    "CREATE INDEX inbox_unprocessed ON inbox (integration, conversation, id) "
                            + "WHERE processed_at IS NULL AND dead_at IS NULL",
                    """
                    CREATE TABLE outbox (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        message_id TEXT NOT NULL UNIQUE,
                        integration TEXT NOT NULL,
                        conversation TEXT NOT NULL,
                        text TEXT NOT NULL,
                        reply_to TEXT,
                        status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'dead')),
                        attempts INTEGER NOT NULL DEFAULT 0,
                        enqueued_at INTEGER NOT NULL,
                        next_attempt_at INTEGER NOT NULL,
                        last_error TEXT,
                        platform_message_ids TEXT NOT NULL DEFAULT '[]',
                        finished_at INTEGER)""",
                    "CREATE INDEX outbox_pending ON outbox (integration, conversation, id) WHERE status = 'pending'",
                    """
                    CREATE TABLE history (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        integration TEXT NOT NULL,
                        conversation TEXT NOT NULL,
                        role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'tool')),
                        text TEXT NOT NULL,
                        at INTEGER NOT NULL)""",
                    "CREATE INDEX history_by_conversation ON history (integration, conversation, id)")),
            new Step(2, "scheduled tasks", List.of(
                    """
                    CREATE TABLE scheduled_tasks (
                        id TEXT PRIMARY KEY,
                        schedule TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        next_run INTEGER,
                        last_fired_at INTEGER,
                        fire_count INTEGER NOT NULL DEFAULT 0)""",
                    "CREATE INDEX scheduled_tasks_due ON scheduled_tasks (next_run) WHERE next_run IS NOT NULL")),
            new Step(3, "outbound sends in progress", List.of(
                    "ALTER TABLE outbox ADD COLUMN sending_since INTEGER")),
            new Step(4, "permissions: approvals, tainted conversations, budget charges", List.of(
                    """
                    CREATE TABLE approvals (
                        code TEXT PRIMARY KEY,
                        hash TEXT NOT NULL,
                        action TEXT NOT NULL,
                        integration TEXT NOT NULL,
                        conversation TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'expired')),
                        requested_at INTEGER NOT NULL,
                        expires_at INTEGER NOT NULL,
                        decided_at INTEGER)""",
                    "CREATE INDEX approvals_pending ON approvals (expires_at) WHERE status = 'pending'",
                    """
                    CREATE TABLE taint (
                        integration TEXT NOT NULL,
                        conversation TEXT NOT NULL,
                        source TEXT NOT NULL,
                        at INTEGER NOT NULL,
                        PRIMARY KEY (integration, conversation))""",
                    """
                    CREATE TABLE budget_charges (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        budget TEXT NOT NULL,
                        amount TEXT NOT NULL,
                        at INTEGER NOT NULL)""",
                    "CREATE INDEX budget_charges_by_budget ON budget_charges (budget, at)"))));

    private final List<Step> steps;

    Migrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            if (this.steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration steps must be numbered 1, 2, 3, ... in order, but step "
                        + (i + 1) + " has version " + this.steps.get(i).version());
            }
        }
    }

    /** The first {@code count} steps, to build an older database in tests. */
    Migrations upTo(int version) {
        return new Migrations(steps.subList(0, version));
    }

    /** The newest version these steps produce. */
    int latest() {
        return steps.size();
    }

    /**
     * Brings the database up to {@link #latest()}, refusing one written by a newer Pincer.
     *
     * @param now recorded as each step's {@code applied_at}
     */
    void apply(Database database, Instant now) {
        database.transaction("create the migration record", connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                        + "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
            }
            refuseNewer(database, version(connection));
            return null;
        });
        for (Step step : steps) {
            database.transaction("apply schema migration " + step.version() + " (" + step.description() + ")",
                    connection -> {
                        int current = version(connection);
                        refuseNewer(database, current);
                        if (current >= step.version()) {
                            return null;
                        }
                        try (Statement statement = connection.createStatement()) {
                            for (String sql : step.statements()) {
                                statement.execute(sql);
                            }
                        }
                        try (PreparedStatement record = connection.prepareStatement(
                                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)")) {
                            record.setInt(1, step.version());
                            Database.setMicros(record, 2, now, "applied_at");
                            record.executeUpdate();
                        }
                        return null;
                    });
        }
    }

    /** The version recorded in the database: 0 for a new one. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private void refuseNewer(Database database, int version) {
        if (version > latest()) {
            throw new StoreException("the store " + database.file() + " was written by a newer Pincer (schema "
                    + version + ", this one knows " + latest() + "); upgrade Pincer or point --data elsewhere");
        }
    }
}
