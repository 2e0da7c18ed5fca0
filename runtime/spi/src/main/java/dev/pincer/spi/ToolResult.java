package dev.pincer.spi;

import java.util.Objects;

/**
 * What running one {@link ToolCall} produced, to show the model.
 *
 * @param callId the {@link ToolCall#id()} it answers
 * @param content the result as text (often JSON); may be empty
 * @param error whether the call failed or was refused, so that {@code content} explains why
 */
public record ToolResult(String callId, String content, boolean error) {
    public ToolResult {
        Checks.notBlank(callId, "callId");
        Objects.requireNonNull(content, "content");
    }
}
