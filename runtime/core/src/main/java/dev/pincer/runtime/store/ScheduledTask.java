package dev.pincer.runtime.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled task as stored.
 *
 * @param id the task's id, unique in the store
 * @param schedule when it runs
 * @param payload what it is for
 * @param nextRun the next occurrence; empty once a {@link Schedule.Once} task has fired
 * @param lastFiredAt when it was last claimed, if ever
 * @param fireCount how many occurrences were claimed
 */
public record ScheduledTask(
        String id, Schedule schedule, String payload, Optional<Instant> nextRun, Optional<Instant> lastFiredAt,
        long fireCount) {
    public ScheduledTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(nextRun, "nextRun");
        Objects.requireNonNull(lastFiredAt, "lastFiredAt");
        if (fireCount < 0) {
            throw new IllegalArgumentException("fireCount must not be negative, was " + fireCount);
        }
    }
}
