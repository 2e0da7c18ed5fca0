package dev.pincer.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code approvals} table; every method runs inside the caller's transaction. */
final class ApprovalTable {
    private static final String SELECT = "SELECT code, hash, action, integration, conversation, reason, status, "
            + "requested_at, expires_at, decided_at FROM approvals ";

    private ApprovalTable() {}

    /** Inserts a pending request; false if its code is taken already. */
    static boolean insert(Connection connection, Approval approval) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO approvals (code, hash, action, "
                + "integration, conversation, reason, status, requested_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (code) DO NOTHING")) {
            insert.setString(1, approval.code());
            insert.setString(2, approval.hash());
            insert.setString(3, approval.action());
            insert.setString(4, approval.origin().integration());
            insert.setString(5, approval.origin().conversation());
            insert.setString(6, approval.reason());
            insert.setString(7, approval.status().column());
            Database.setMicros(insert, 8, approval.requestedAt(), "requestedAt");
            Database.setMicros(insert, 9, approval.expiresAt(), "expiresAt");
            return insert.executeUpdate() == 1;
        }
    }

    static Optional<Approval> find(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + "WHERE code = ?")) {
            select.setString(1, code);
            return list(select).stream().findFirst();
        }
    }

    /** Moves a pending request to {@code status}; false if it was not pending (already answered or expired). */
    static boolean decide(Connection connection, String code, ApprovalStatus status, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE approvals SET status = ?, decided_at = ? WHERE code = ? AND status = 'pending'")) {
            update.setString(1, status.column());
            Database.setMicros(update, 2, now, "now");
            update.setString(3, code);
            return update.executeUpdate() == 1;
        }
    }

    static List<Approval> pending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + "WHERE status = 'pending' ORDER BY expires_at")) {
            return list(select);
        }
    }

    /** Expires every pending request whose time is up at {@code now} and returns them as they were. */
    static List<Approval> expire(Connection connection, Instant now) throws SQLException {
        List<Approval> due;
        try (PreparedStatement select = connection.prepareStatement(
                SELECT + "WHERE status = 'pending' AND expires_at <= ? ORDER BY expires_at")) {
            Database.setMicros(select, 1, now, "now");
            due = list(select);
        }
        for (Approval approval : due) {
            decide(connection, approval.code(), ApprovalStatus.EXPIRED, now);
        }
        return due;
    }

    private static List<Approval> list(PreparedStatement select) throws SQLException {
        List<Approval> approvals = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long decided = rows.getLong("decided_at");
                Optional<Instant> decidedAt = rows.wasNull() ? Optional.empty() : Optional.of(Database.instant(decided));
                approvals.add(new Approval(rows.getString("code"), rows.getString("hash"), rows.getString("action"),
                        new ConversationRef(rows.getString("integration"), rows.getString("conversation")),
                        rows.getString("reason"), ApprovalStatus.of(rows.getString("status")),
                        Database.instant(rows.getLong("requested_at")), Database.instant(rows.getLong("expires_at")),
                        decidedAt));
            }
        }
        return List.copyOf(approvals);
    }
}
