package dev.pincer.spi;

import java.util.List;
import java.util.Objects;

/**
 * One request for the assistant's next turn.
 *
 * @param system the instructions that frame the whole conversation; may be empty
 * @param messages the conversation, oldest first; starts with a {@link ModelMessage.User} message
 * @param tools the tools the model may call; possibly none
 * @param maxOutputTokens the most tokens the answer may have; positive
 */
public record ModelRequest(String system, List<ModelMessage> messages, List<ToolDefinition> tools,
        int maxOutputTokens) {
    public ModelRequest {
        Objects.requireNonNull(system, "system");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        if (messages.isEmpty() || !(messages.getFirst() instanceof ModelMessage.User)) {
            throw new IllegalArgumentException("messages must start with a User message; it was " + messages);
        }
        if (maxOutputTokens <= 0) {
            throw new IllegalArgumentException("maxOutputTokens must be positive, was " + maxOutputTokens);
        }
    }
}
