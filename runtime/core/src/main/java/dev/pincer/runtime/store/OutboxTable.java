package dev.pincer.runtime.store;

import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.SendResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** SQL for the {@code outbox} table; every method runs inside the caller's transaction. */
final class OutboxTable {

    /** The longest retry-after honoured; a longer one dead-letters the message so that status shows it. */
    static final Duration MAX_RETRY_DELAY = Duration.ofDays(7);

    /** The reason given to a message whose send was cut short by the process stopping. */
    static final String INTERRUPTED_SEND = "Pincer stopped while this message was being sent, so whether it arrived "
            + "is unknown; it is not sent again by itself, to avoid a duplicate. If it did not arrive: pincer retry";

    private static final String SELECT = "SELECT id, integration, message_id, conversation, text, reply_to, status, "
            + "attempts, enqueued_at, next_attempt_at, last_error, platform_message_ids, finished_at FROM outbox ";

    private OutboxTable() {}

    /** Inserts the message unless its id is there already, and returns the stored entry. */
    static OutboxEntry enqueue(Connection connection, String integration, OutboundMessage message, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox (message_id, integration, conversation, text, reply_to, status, enqueued_at, "
                        + "next_attempt_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) "
                        + "ON CONFLICT (message_id) DO NOTHING")) {
            insert.setString(1, message.id());
            insert.setString(2, integration);
            insert.setString(3, message.conversation());
            insert.setString(4, message.text());
            insert.setString(5, message.replyTo().orElse(null));
            Database.setMicros(insert, 6, now, "now");
            Database.setMicros(insert, 7, now, "now");
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT + "WHERE message_id = ?")) {
            select.setString(1, message.id());
            return single(select).orElseThrow();
        }
    }

    /** The entry with this id, whatever its state. */
    static OutboxEntry require(Connection connection, long outboxId, Path file) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + "WHERE id = ?")) {
            select.setLong(1, outboxId);
            return single(select).orElseThrow(() -> new IllegalArgumentException("there is no outbox entry "
                    + outboxId + " in " + file + "; use the id of an entry from due() or deadLetters()"));
        }
    }

    /** Due entries that head their conversation's pending queue, oldest enqueued first. */
    static List<OutboxEntry> due(Connection connection, Instant now, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + "o WHERE status = 'pending' "
                + "AND next_attempt_at <= ? AND id = (SELECT MIN(p.id) FROM outbox p WHERE p.status = 'pending' "
                + "AND p.integration = o.integration AND p.conversation = o.conversation) "
                + "ORDER BY enqueued_at, id LIMIT ?")) {
            Database.setMicros(select, 1, now, "now");
            select.setInt(2, limit);
            return list(select);
        }
    }

    static List<OutboxEntry> deadLetters(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                SELECT + "WHERE status = 'dead' ORDER BY finished_at, id")) {
            return list(select);
        }
    }

    /** Applies one send's outcome to a pending entry. */
    static void recordAttempt(Connection connection, OutboxEntry entry, SendResult result, int maxAttempts,
            Instant now) throws SQLException {
        int attempts = entry.attempts() + 1;
        switch (result) {
            case SendResult.Delivered delivered -> update(connection, entry.id(),
                    "status = 'delivered', sending_since = NULL, attempts = ?, platform_message_ids = ?, finished_at = ?",
                    attempts, MessageJson.write(delivered.platformMessageIds()), now);
            case SendResult.Failed failed -> dead(connection, entry.id(), attempts, failed.reason(), now);
            case SendResult.RetryLater retry -> {
                if (attempts >= maxAttempts) {
                    dead(connection, entry.id(), attempts,
                            "gave up after " + attempts + " attempts: " + retry.reason(), now);
                } else if (retry.delay().compareTo(MAX_RETRY_DELAY) > 0) {
                    dead(connection, entry.id(), attempts, "asked to retry after " + retry.delay()
                            + ", longer than the " + MAX_RETRY_DELAY.toDays() + " days the outbox waits: "
                            + retry.reason(), now);
                } else {
                    update(connection, entry.id(), "sending_since = NULL, attempts = ?, last_error = ?, next_attempt_at = ?",
                            attempts, retry.reason(), now.plus(retry.delay()));
                }
            }
        }
    }

    /** Marks a pending entry as being sent now; false if it is not pending. */
    static boolean markSending(Connection connection, long outboxId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET sending_since = ? WHERE id = ? AND status = 'pending'")) {
            Database.setMicros(update, 1, now, "now");
            update.setLong(2, outboxId);
            return update.executeUpdate() == 1;
        }
    }

    /** Dead-letters every pending entry whose send was in progress when the process stopped; returns how many. */
    static int holdInterruptedSends(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET status = 'dead', "
                + "attempts = attempts + 1, last_error = ?, finished_at = ?, sending_since = NULL "
                + "WHERE status = 'pending' AND sending_since IS NOT NULL")) {
            update.setString(1, INTERRUPTED_SEND);
            Database.setMicros(update, 2, now, "now");
            return update.executeUpdate();
        }
    }

    /** Puts a dead letter back in the queue with fresh attempts; false if it is not dead. */
    static boolean revive(Connection connection, long outboxId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE outbox SET status = 'pending', "
                + "sending_since = NULL, attempts = 0, next_attempt_at = ?, finished_at = NULL WHERE id = ? AND status = 'dead'")) {
            Database.setMicros(update, 1, now, "now");
            update.setLong(2, outboxId);
            return update.executeUpdate() == 1;
        }
    }

    static OutboxStats stats(Connection connection) throws SQLException {
        Map<String, OutboxStats.Counts> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT integration, "
                + "SUM(status = 'pending'), SUM(status = 'delivered'), SUM(status = 'dead'), "
                + "MIN(CASE WHEN status = 'pending' THEN enqueued_at END) FROM outbox GROUP BY integration");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long oldest = rows.getLong(5);
                Optional<Instant> since = rows.wasNull() ? Optional.empty() : Optional.of(Database.instant(oldest));
                counts.put(rows.getString(1),
                        new OutboxStats.Counts(rows.getLong(2), rows.getLong(3), rows.getLong(4), since));
            }
        }
        return new OutboxStats(counts);
    }

    private static void dead(Connection connection, long id, int attempts, String reason, Instant now)
            throws SQLException {
        update(connection, id, "status = 'dead', sending_since = NULL, attempts = ?, last_error = ?, finished_at = ?",
                attempts, reason, now);
    }

    private static void update(Connection connection, long id, String assignments, int attempts, String text,
            Instant time) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET " + assignments + " WHERE id = ? AND status = 'pending'")) {
            update.setInt(1, attempts);
            update.setString(2, text);
            Database.setMicros(update, 3, time, "time");
            update.setLong(4, id);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("outbox entry " + id + " changed while recording an attempt");
            }
        }
    }

    private static Optional<OutboxEntry> single(PreparedStatement select) throws SQLException {
        List<OutboxEntry> entries = list(select);
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getFirst());
    }

    private static List<OutboxEntry> list(PreparedStatement select) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        return List.copyOf(entries);
    }

    private static OutboxEntry entry(ResultSet rows) throws SQLException {
        OutboundMessage message = new OutboundMessage(rows.getString("message_id"), rows.getString("conversation"),
                rows.getString("text"), Optional.ofNullable(rows.getString("reply_to")));
        long finished = rows.getLong("finished_at");
        Optional<Instant> finishedAt = rows.wasNull() ? Optional.empty() : Optional.of(Database.instant(finished));
        return new OutboxEntry(rows.getLong("id"), rows.getString("integration"), message,
                OutboxStatus.valueOf(rows.getString("status").toUpperCase(Locale.ROOT)), rows.getInt("attempts"),
                Database.instant(rows.getLong("enqueued_at")), Database.instant(rows.getLong("next_attempt_at")),
                Optional.ofNullable(rows.getString("last_error")), MessageJson.readIds(rows.getString("platform_message_ids")),
                finishedAt);
    }
}
