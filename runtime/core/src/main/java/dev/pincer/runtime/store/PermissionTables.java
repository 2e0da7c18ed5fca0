package dev.pincer.runtime.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** SQL for the {@code taint} and {@code budget_charges} tables; every method runs inside the caller's transaction. */
final class PermissionTables {

    private PermissionTables() {}

    /** Marks the conversation tainted unless it is already; true if it was not. */
    static boolean taint(Connection connection, ConversationRef conversation, String source, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO taint (integration, conversation, "
                + "source, at) VALUES (?, ?, ?, ?) ON CONFLICT (integration, conversation) DO NOTHING")) {
            insert.setString(1, conversation.integration());
            insert.setString(2, conversation.conversation());
            insert.setString(3, source);
            Database.setMicros(insert, 4, at, "at");
            return insert.executeUpdate() == 1;
        }
    }

    static Optional<String> taintOf(Connection connection, ConversationRef conversation) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT source FROM taint WHERE integration = ? AND conversation = ?")) {
            select.setString(1, conversation.integration());
            select.setString(2, conversation.conversation());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static boolean lift(Connection connection, ConversationRef conversation) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM taint WHERE integration = ? AND conversation = ?")) {
            delete.setString(1, conversation.integration());
            delete.setString(2, conversation.conversation());
            return delete.executeUpdate() == 1;
        }
    }

    static Map<ConversationRef, String> tainted(Connection connection) throws SQLException {
        Map<ConversationRef, String> tainted = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT integration, conversation, source FROM taint ORDER BY at");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tainted.put(new ConversationRef(rows.getString(1), rows.getString(2)), rows.getString(3));
            }
        }
        return tainted;
    }

    static void charge(Connection connection, String budget, BigDecimal amount, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO budget_charges (budget, amount, at) VALUES (?, ?, ?)")) {
            insert.setString(1, budget);
            insert.setString(2, amount.toPlainString());
            Database.setMicros(insert, 3, at, "at");
            insert.executeUpdate();
        }
    }

    /** The sum of the budget's charges at or after {@code since}, added exactly (amounts are stored as decimal text). */
    static BigDecimal chargedSince(Connection connection, String budget, Instant since) throws SQLException {
        BigDecimal total = BigDecimal.ZERO;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT amount FROM budget_charges WHERE budget = ? AND at >= ?")) {
            select.setString(1, budget);
            Database.setMicros(select, 2, since, "since");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    total = total.add(new BigDecimal(rows.getString(1)));
                }
            }
        }
        return total;
    }
}
