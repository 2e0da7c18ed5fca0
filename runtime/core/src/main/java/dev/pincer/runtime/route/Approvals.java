package dev.pincer.runtime.route;

import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.ToolOutcome;
import java.util.Objects;

/**
 * Recognises the owner's answers to approval requests among inbound messages, and learns how approved tool calls
 * turned out.
 *
 * <p>The agent asks {@link #answer} before it shows a message to the model: an answer is handled by the runtime and
 * never reaches the model. Thread-safe.
 */
public interface Approvals {

    /** What {@code message}, from {@code origin}, is as an answer to an approval request. */
    Answer answer(TaskOrigin origin, InboundMessage message);

    /**
     * Learns the outcome of a tool call the owner approved, which the agent ran for {@link Answer.RunTool}; the
     * outcome reaches the conversation that asked.
     *
     * @return what to tell the owner
     */
    String ran(String code, ProposedAction.InvokeTool action, ToolOutcome outcome);

    /** What an inbound message is, as an answer to an approval request. */
    sealed interface Answer {

        /** Not an answer: the agent handles the message as usual. */
        record NotAnAnswer() implements Answer {}

        /**
         * Handled by the runtime (denied, refused, or a held reply sent); {@code text} goes back to whoever wrote.
         *
         * @param text the reply; not blank
         */
        record Reply(String text) implements Answer {
            public Reply {
                Objects.requireNonNull(text, "text");
                if (text.isBlank()) {
                    throw new IllegalArgumentException("a reply to an answer must say something; it was blank");
                }
            }
        }

        /**
         * The owner approved this exact tool call: run it once, with {@code invocationId}, then call {@link #ran}.
         *
         * @param code the approval request's code
         * @param action the action as it was approved
         */
        record RunTool(String code, ProposedAction.InvokeTool action) implements Answer {
            public RunTool {
                Objects.requireNonNull(code, "code");
                Objects.requireNonNull(action, "action");
            }

            /** The invocation id the tool is called with: one per approval, so a tool never does it twice. */
            public String invocationId() {
                return "approval:" + code;
            }
        }
    }

    /** Recognises no answers: nothing is ever asked. */
    static Approvals none() {
        return new Approvals() {
            @Override
            public Answer answer(TaskOrigin origin, InboundMessage message) {
                return new Answer.NotAnAnswer();
            }

            @Override
            public String ran(String code, ProposedAction.InvokeTool action, ToolOutcome outcome) {
                throw new IllegalStateException("nothing was approved, so nothing ran for request " + code);
            }
        };
    }
}
