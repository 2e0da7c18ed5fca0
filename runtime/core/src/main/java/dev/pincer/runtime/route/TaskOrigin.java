package dev.pincer.runtime.route;

import dev.pincer.runtime.store.ConversationRef;
import java.util.Objects;

/**
 * Where a task came from: the conversation, and the platform's id of whoever sent the message it answers.
 *
 * @param conversation the conversation the task answers in
 * @param sender the sender's platform id, or a runtime sender such as {@link Turns#SCHEDULED_TASK_SENDER}
 */
public record TaskOrigin(ConversationRef conversation, String sender) {
    public TaskOrigin {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(sender, "sender");
    }

    /** The channel integration the task came through. */
    public String channel() {
        return conversation.integration();
    }
}
