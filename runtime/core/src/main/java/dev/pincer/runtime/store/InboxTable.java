package dev.pincer.runtime.store;

import dev.pincer.spi.InboundMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code inbox} table; every method runs inside the caller's transaction. */
final class InboxTable {

    private static final String COLUMNS =
            "id, integration, delivery_id, conversation, message_id, sender, sent_at, content, received_at, attempts, "
                    + "last_error";
    private static final String WAITING = "processed_at IS NULL AND dead_at IS NULL";

    private InboxTable() {}

    /** Inserts the message unless (integration, id) is there already; true when inserted. */
    static boolean insert(Connection connection, String integration, InboundMessage message, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO inbox (integration, delivery_id, conversation, message_id, sender, sent_at, content, "
                        + "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (integration, delivery_id) DO NOTHING")) {
            insert.setString(1, integration);
            insert.setString(2, message.id());
            insert.setString(3, message.conversation());
            insert.setString(4, message.messageId());
            insert.setString(5, MessageJson.write(message.sender()));
            Database.setMicros(insert, 6, message.sentAt(), "sentAt");
            insert.setString(7, MessageJson.write(message.content()));
            Database.setMicros(insert, 8, now, "now");
            return insert.executeUpdate() == 1;
        }
    }

    static Optional<InboxEntry> nextUnprocessed(Connection connection, ConversationRef conversation)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM inbox "
                + "WHERE integration = ? AND conversation = ? AND " + WAITING + " ORDER BY id LIMIT 1")) {
            select.setString(1, conversation.integration());
            select.setString(2, conversation.conversation());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        }
    }

    /** Conversations with unprocessed messages, the one waiting longest first. */
    static List<ConversationRef> conversationsWithWork(Connection connection) throws SQLException {
        List<ConversationRef> conversations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT integration, conversation FROM inbox "
                + "WHERE " + WAITING + " GROUP BY integration, conversation ORDER BY MIN(id)");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                conversations.add(new ConversationRef(rows.getString(1), rows.getString(2)));
            }
        }
        return List.copyOf(conversations);
    }

    /** Marks the entry processed unless it already was; false when there is no such entry. */
    static boolean markProcessed(Connection connection, long inboxId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE inbox SET processed_at = COALESCE(processed_at, ?) WHERE id = ?")) {
            Database.setMicros(update, 1, now, "now");
            update.setLong(2, inboxId);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Counts one failed processing of a waiting entry, dead-lettering it at {@code maxAttempts}.
     *
     * @return true if it is now dead
     * @throws IllegalStateException if the entry is processed or dead already
     */
    static boolean recordFailure(Connection connection, InboxEntry entry, String reason, int maxAttempts,
            Instant now) throws SQLException {
        int failures = entry.failures() + 1;
        boolean dead = failures >= maxAttempts;
        try (PreparedStatement update = connection.prepareStatement("UPDATE inbox SET attempts = ?, last_error = ?, "
                + "dead_at = ? WHERE id = ? AND " + WAITING)) {
            update.setInt(1, failures);
            update.setString(2, dead ? "gave up after " + failures + " attempts: " + reason : reason);
            if (dead) {
                Database.setMicros(update, 3, now, "now");
            } else {
                update.setNull(3, Types.INTEGER);
            }
            update.setLong(4, entry.id());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("inbox entry " + entry.id() + " is already processed or dead; "
                        + "record failures only for entries from nextUnprocessed");
            }
        }
        return dead;
    }

    /** The entry with this id, whatever its state. */
    static InboxEntry require(Connection connection, long inboxId, Path file) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM inbox WHERE id = ?")) {
            select.setLong(1, inboxId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("there is no inbox entry " + inboxId + " in " + file
                            + "; use the id of an entry from nextUnprocessed or deadInbound");
                }
                return entry(rows);
            }
        }
    }

    /** Entries given up on, in the order they died. */
    static List<InboxEntry> dead(Connection connection) throws SQLException {
        List<InboxEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM inbox "
                + "WHERE dead_at IS NOT NULL AND processed_at IS NULL ORDER BY dead_at, id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(entry(rows));
            }
        }
        return List.copyOf(entries);
    }

    /** Offers a dead entry again with its failures reset; false if it is not dead. */
    static boolean revive(Connection connection, long inboxId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE inbox SET dead_at = NULL, attempts = 0 "
                + "WHERE id = ? AND dead_at IS NOT NULL AND processed_at IS NULL")) {
            update.setLong(1, inboxId);
            return update.executeUpdate() == 1;
        }
    }

    static long unprocessedCount(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM inbox WHERE " + WAITING);
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static InboxEntry entry(ResultSet rows) throws SQLException {
        InboundMessage message = new InboundMessage(
                rows.getString("delivery_id"),
                rows.getString("conversation"),
                rows.getString("message_id"),
                MessageJson.readSender(rows.getString("sender")),
                Database.instant(rows.getLong("sent_at")),
                MessageJson.readContent(rows.getString("content")));
        return new InboxEntry(rows.getLong("id"), rows.getString("integration"), message,
                Database.instant(rows.getLong("received_at")), rows.getInt("attempts"),
                Optional.ofNullable(rows.getString("last_error")));
    }
}
