package dev.pincer.runtime.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** SQL for the {@code scheduled_tasks} table; every method runs inside the caller's transaction. */
final class TaskTable {

    private static final String SELECT =
            "SELECT id, schedule, payload, next_run, last_fired_at, fire_count FROM scheduled_tasks ";

    private static final int MAX_ID_LENGTH = 200;

    private TaskTable() {}

    static void checkNewTask(String id, Schedule schedule, Instant firstRun) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a task id must be 1 to " + MAX_ID_LENGTH
                    + " characters and not blank, was '" + id + "'");
        }
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(firstRun, "firstRun");
        if (schedule instanceof Schedule.Once once && !once.at().equals(firstRun)) {
            throw new IllegalArgumentException("task '" + id + "' runs once at " + once.at()
                    + ", but firstRun is " + firstRun + "; pass the same instant");
        }
    }

    /** Inserts the task unless its id is there already, and returns the stored task. */
    static ScheduledTask schedule(Connection connection, String id, Schedule schedule, String payload,
            Instant firstRun) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scheduled_tasks "
                + "(id, schedule, payload, next_run) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            insert.setString(1, id);
            insert.setString(2, write(schedule));
            insert.setString(3, payload);
            Database.setMicros(insert, 4, firstRun, "firstRun");
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT + "WHERE id = ?")) {
            select.setString(1, id);
            return list(select).getFirst();
        }
    }

    static boolean cancel(Connection connection, String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM scheduled_tasks WHERE id = ?")) {
            delete.setString(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    static List<ScheduledTask> all(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + "ORDER BY next_run IS NULL, next_run, id")) {
            return list(select);
        }
    }

    /** Claims every task due at {@code now}: returns one occurrence each and moves it on. */
    static List<DueTask> claimDue(Connection connection, Instant now) throws SQLException {
        List<ScheduledTask> due;
        try (PreparedStatement select = connection.prepareStatement(
                SELECT + "WHERE next_run IS NOT NULL AND next_run <= ? ORDER BY next_run, id")) {
            Database.setMicros(select, 1, now, "now");
            due = list(select);
        }
        List<DueTask> claimed = new ArrayList<>();
        try (PreparedStatement advance = connection.prepareStatement("UPDATE scheduled_tasks SET next_run = ?, "
                + "last_fired_at = ?, fire_count = fire_count + 1 WHERE id = ?")) {
            for (ScheduledTask task : due) {
                Instant dueAt = task.nextRun().orElseThrow();
                Optional<Instant> next = task.schedule().nextRunAfter(dueAt, now);
                if (next.isPresent()) {
                    Database.setMicros(advance, 1, next.get(), "next run");
                } else {
                    advance.setNull(1, Types.INTEGER);
                }
                Database.setMicros(advance, 2, now, "now");
                advance.setString(3, task.id());
                advance.executeUpdate();
                claimed.add(new DueTask(task.id(), task.schedule(), task.payload(), dueAt));
            }
        }
        return List.copyOf(claimed);
    }

    private static List<ScheduledTask> list(PreparedStatement select) throws SQLException {
        List<ScheduledTask> tasks = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long nextRun = rows.getLong("next_run");
                Optional<Instant> next = rows.wasNull() ? Optional.empty() : Optional.of(Database.instant(nextRun));
                long lastFired = rows.getLong("last_fired_at");
                Optional<Instant> last = rows.wasNull() ? Optional.empty() : Optional.of(Database.instant(lastFired));
                tasks.add(new ScheduledTask(rows.getString("id"), read(rows.getString("schedule")),
                        rows.getString("payload"), next, last, rows.getLong("fire_count")));
            }
        }
        return List.copyOf(tasks);
    }

    /** The stored text of a schedule: {@code once <instant>}, {@code every <duration>}, or {@code weekly <day> <time> <zone>}. */
    static String write(Schedule schedule) {
        return switch (schedule) {
            case Schedule.Once once -> "once " + once.at();
            case Schedule.Every every -> "every " + every.period();
            case Schedule.Weekly weekly -> "weekly " + weekly.day() + " " + weekly.time() + " " + weekly.zone().getId();
        };
    }

    static Schedule read(String text) {
        String[] parts = text.split(" ");
        try {
            return switch (parts[0]) {
                case "once" -> new Schedule.Once(Instant.parse(parts[1]));
                case "every" -> new Schedule.Every(Duration.parse(parts[1]));
                case "weekly" -> new Schedule.Weekly(
                        DayOfWeek.valueOf(parts[1]), LocalTime.parse(parts[2]), ZoneId.of(parts[3]));
                default -> throw new IllegalArgumentException("unknown kind '" + parts[0] + "'");
            };
        } catch (RuntimeException e) {
            throw new StoreException("stored schedule '" + text + "' cannot be read (" + e.getMessage()
                    + "); expected 'once <instant>', 'every <duration>' or 'weekly <day> <time> <zone>'", e);
        }
    }
}
