package dev.pincer.spi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The outcome of {@link Model#complete}. */
public sealed interface ModelResult {

    /** Why the model stopped producing its turn. */
    enum StopReason {
        /** It finished its answer. */
        END_TURN,
        /** It wants the tool calls of the reply run, and to be asked again with their results. */
        TOOL_USE,
        /** It hit {@link ModelRequest#maxOutputTokens()}; the text is cut short. */
        MAX_TOKENS,
        /** It declined to answer. */
        REFUSAL,
        /** It stopped at a stop sequence or for a reason this SPI does not name. */
        OTHER
    }

    /**
     * Tokens the provider counted for the request.
     *
     * @param inputTokens tokens read, not negative
     * @param outputTokens tokens written, not negative
     */
    record Usage(long inputTokens, long outputTokens) {
        public Usage {
            if (inputTokens < 0 || outputTokens < 0) {
                throw new IllegalArgumentException("token counts must not be negative, were " + inputTokens + " and "
                        + outputTokens);
            }
        }
    }

    /**
     * The assistant's turn.
     *
     * @param text its text, the provider's text parts joined in order; may be empty when it only calls tools
     * @param toolCalls the tools it calls, in order; not empty when {@code stopReason} is {@link StopReason#TOOL_USE}
     * @param stopReason why it stopped
     * @param usage the tokens counted
     */
    record Reply(String text, List<ToolCall> toolCalls, StopReason stopReason, Usage usage) implements ModelResult {
        public Reply {
            Objects.requireNonNull(text, "text");
            toolCalls = List.copyOf(toolCalls);
            Objects.requireNonNull(stopReason, "stopReason");
            Objects.requireNonNull(usage, "usage");
            if (stopReason == StopReason.TOOL_USE && toolCalls.isEmpty()) {
                throw new IllegalArgumentException("a TOOL_USE reply must carry at least one tool call");
            }
        }
    }

    /**
     * The provider is rate limiting or overloaded; ask again after {@code delay}.
     *
     * @param delay the wait the provider asked for, or the integration's own back-off when it named none
     * @param reason what the provider said
     */
    record RetryAfter(Duration delay, String reason) implements ModelResult {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, was " + delay);
            }
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * The request is longer than the model's context window; the same request will fail again, a shorter one may not.
     *
     * @param reason what the provider said
     */
    record ContextTooLong(String reason) implements ModelResult {
        public ContextTooLong {
            Checks.notBlank(reason, "reason");
        }
    }

    /**
     * The request failed for good: refused credentials, a request the provider rejects, or an answer that
     * cannot be read.
     *
     * @param reason what went wrong, with the provider's own description when there is one
     */
    record Failed(String reason) implements ModelResult {
        public Failed {
            Checks.notBlank(reason, "reason");
        }
    }
}
