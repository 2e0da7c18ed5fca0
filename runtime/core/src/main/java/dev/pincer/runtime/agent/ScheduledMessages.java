package dev.pincer.runtime.agent;

import dev.pincer.runtime.route.Turns;
import dev.pincer.runtime.store.DueTask;
import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.Sender;
import java.util.Map;
import java.util.Optional;

/** Turns a due scheduled task into the message the agent receives in the task's conversation. */
public final class ScheduledMessages {
    private ScheduledMessages() {}

    /**
     * The integration and inbound message for one due occurrence; its id names the task and the occurrence, so the
     * inbox accepts each occurrence once.
     *
     * @return empty when the task's payload cannot be read
     */
    public static Optional<Map.Entry<String, InboundMessage>> forTask(DueTask task) {
        return TaskPayload.parse(task.payload()).map(payload -> {
            String id = "task:" + task.id() + ":" + task.dueAt().toEpochMilli();
            InboundMessage message = new InboundMessage(id, payload.conversation().conversation(), id,
                    new Sender(Turns.SCHEDULED_TASK_SENDER, "Scheduled task", false), task.dueAt(),
                    new Content.Text(payload.text()));
            return Map.entry(payload.conversation().integration(), message);
        });
    }
}
