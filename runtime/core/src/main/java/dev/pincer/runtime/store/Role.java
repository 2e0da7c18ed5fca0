package dev.pincer.runtime.store;

/** Who spoke a turn of conversation history. */
public enum Role {
    /** The person talking to the assistant. */
    USER,
    /** The assistant. */
    ASSISTANT,
    /** A tool's result, fed back to the model. */
    TOOL
}
