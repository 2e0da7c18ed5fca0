package dev.pincer.runtime.agent;

import java.util.Objects;

/**
 * How the agent talks to the model.
 *
 * @param system the system instructions
 * @param maxContextChars the most characters of conversation history sent with each request
 * @param maxToolRounds the most model calls for one inbound message
 * @param maxOutputTokens the most tokens of one answer
 */
public record AgentSettings(String system, int maxContextChars, int maxToolRounds, int maxOutputTokens) {
    /** The instructions used when the owner gives none. */
    public static final String DEFAULT_SYSTEM = "You are Pincer, the owner's personal assistant. Answer briefly and "
            + "plainly. Use a tool only when it helps, and say what you did.";

    public AgentSettings {
        Objects.requireNonNull(system, "system");
    }

    /** 24,000 characters of history, 8 model calls per message, 1,024 output tokens. */
    public static AgentSettings defaults() {
        return new AgentSettings(DEFAULT_SYSTEM, 24_000, 8, 1024);
    }
}
