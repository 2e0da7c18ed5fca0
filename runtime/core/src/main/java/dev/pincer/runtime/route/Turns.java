package dev.pincer.runtime.route;

import dev.pincer.spi.Content;
import dev.pincer.spi.InboundMessage;

/** How an inbound message is written into a conversation's history and shown to the agent. */
public final class Turns {
    /** The sender id of messages the runtime writes for due scheduled tasks; replies to them quote nothing. */
    public static final String SCHEDULED_TASK_SENDER = "pincer:scheduled-task";

    /** The id prefix of messages the runtime writes with the outcome of an approval request. */
    public static final String APPROVAL_MESSAGE_PREFIX = "approval:";

    private Turns() {}

    /** Whether a reply to {@code message} may quote it: not when the runtime wrote it rather than a platform. */
    public static boolean quotable(InboundMessage message) {
        return !isScheduled(message) && !message.id().startsWith(APPROVAL_MESSAGE_PREFIX);
    }

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
