package dev.pincer.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** SQL for the {@code history} table; every method runs inside the caller's transaction. */
final class HistoryTable {

    private HistoryTable() {}

    static void append(Connection connection, ConversationRef conversation, Role role, String text, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO history (integration, conversation, role, text, at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, conversation.integration());
            insert.setString(2, conversation.conversation());
            insert.setString(3, role.name().toLowerCase(Locale.ROOT));
            insert.setString(4, text);
            Database.setMicros(insert, 5, at, "at");
            insert.executeUpdate();
        }
    }

    /** The last {@code limit} turns in the order they were appended. */
    static List<Turn> recent(Connection connection, ConversationRef conversation, int limit) throws SQLException {
        List<Turn> turns = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT role, text, at FROM history "
                + "WHERE integration = ? AND conversation = ? ORDER BY id DESC LIMIT ?")) {
            select.setString(1, conversation.integration());
            select.setString(2, conversation.conversation());
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    turns.add(new Turn(Role.valueOf(rows.getString(1).toUpperCase(Locale.ROOT)), rows.getString(2),
                            Database.instant(rows.getLong(3))));
                }
            }
        }
        Collections.reverse(turns);
        return List.copyOf(turns);
    }
}
