package dev.pincer.runtime.route;

import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;

/** How an inbound message is written into a conversation's history and shown to the agent. */
public final class Turns {
    /** The sender id of messages the runtime writes for due scheduled tasks; replies to them quote nothing. */
    public static final String SCHEDULED_TASK_SENDER = "pincer:scheduled-task";

    private Turns() {}

    /** Whether the runtime wrote {@code message} for a scheduled task, rather than a person on a platform. */
    public static boolean isScheduled(InboundMessage message) {
        return message.sender().id().equals(SCHEDULED_TASK_SENDER);
    }

    /** The message as one line of text: its text, an edit marked as such, or its kind for unsupported content. */
    public static String userTurn(InboundMessage message) {
        return switch (message.content()) {
            case Content.Text text when isScheduled(message) -> "[scheduled task, due now] " + text.text();
            case Content.Text text -> text.text();
            case Content.Edited edited -> "(edited) " + edited.text();
            case Content.Unsupported other -> "[" + other.kind() + "]"
                    + (other.caption().isEmpty() ? "" : " " + other.caption());
        };
    }
}
