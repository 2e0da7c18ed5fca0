package dev.pincer.runtime.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One occurrence of a scheduled task, claimed by {@link Store#claimDue}.
 *
 * @param id the task's id
 * @param schedule its schedule
 * @param payload what the task is for, as given to {@link Store#schedule}
 * @param dueAt the occurrence claimed; earlier than the claim when catching up after downtime
 */
public record DueTask(String id, Schedule schedule, String payload, Instant dueAt) {
    public DueTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
