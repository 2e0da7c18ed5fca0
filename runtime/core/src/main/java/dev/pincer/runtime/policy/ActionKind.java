package dev.pincer.runtime.policy;

/** What kind of proposed action the policy decides on. */
public enum ActionKind {
    /** A tool call: integration, action name, effect, resource, arguments. */
    TOOL,
    /** An outbound chat message into the task's own conversation. */
    REPLY,
    /** A network request of an integration to a host its manifest names. */
    EGRESS
}
