package dev.pincer.runtime.store;

import dev.pincer.spi.InboundMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code inbox} table; every method runs inside the caller's transaction. */
final class InboxTable {

    private static final String COLUMNS =
            "id, integration, delivery_id, conversation, message_id, sender, sent_at, content, received_at";

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
                + "WHERE integration = ? AND conversation = ? AND processed_at IS NULL ORDER BY id LIMIT 1")) {
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
                + "WHERE processed_at IS NULL GROUP BY integration, conversation ORDER BY MIN(id)");
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

    static long unprocessedCount(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL");
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
                Database.instant(rows.getLong("received_at")));
    }
}
