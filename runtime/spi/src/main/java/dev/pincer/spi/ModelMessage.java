package dev.pincer.spi;

import java.util.List;
import java.util.Objects;

/** One message of the conversation a {@link ModelRequest} carries. */
public sealed interface ModelMessage {

    /**
     * What a person said (or, for a scheduled task, what the runtime asks on the owner's behalf).
     *
     * @param text the words; not blank
     */
    record User(String text) implements ModelMessage {
        public User {
            Checks.notBlank(text, "text");
        }
    }

    /**
     * An earlier turn of the assistant: text, tool calls, or both.
     *
     * @param text what it said; may be empty when it only called tools
     * @param toolCalls the tools it called, in order
     */
    record Assistant(String text, List<ToolCall> toolCalls) implements ModelMessage {
        public Assistant {
            Objects.requireNonNull(text, "text");
            toolCalls = List.copyOf(toolCalls);
            if (text.isEmpty() && toolCalls.isEmpty()) {
                throw new IllegalArgumentException("an assistant message needs text or at least one tool call");
            }
        }
    }

    /**
     * The results of the tool calls of the preceding {@link Assistant} message, one per call.
     *
     * @param results the results, in the order of the calls
     */
    record ToolResults(List<ToolResult> results) implements ModelMessage {
        public ToolResults {
            results = List.copyOf(results);
            if (results.isEmpty()) {
                throw new IllegalArgumentException("tool results must answer at least one tool call");
            }
        }
    }
}
