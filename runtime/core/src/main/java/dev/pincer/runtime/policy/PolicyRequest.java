package dev.pincer.runtime.policy;

import dev.pincer.runtime.tool.Amount;
import dev.pincer.runtime.tool.Effect;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One proposed action, as the policy sees it.
 *
 * <p>What each kind offers for matching: a {@link ActionKind#TOOL} call its integration (the tool's manifest name),
 * the verbs {effect, action name} and its resolved resource; a {@link ActionKind#REPLY} the channel's name, the verb
 * {@code reply} and the resource {@code chat:<channel>:<conversation>}; an {@link ActionKind#EGRESS} request the
 * integration's name, the verb {@code connect} and the resource {@code host:<lower-case host>}.
 *
 * @param kind what is proposed
 * @param integration the tool's, channel's or integration's name
 * @param action the action's name for a tool call; {@code reply} or {@code connect} for the others
 * @param effect the declared effect of a tool call; empty for the other kinds
 * @param resource the resolved resource
 * @param principal who the task acts for
 * @param chat the task's conversation, when it has one
 * @param tainted true if the task has read content that is not trusted
 * @param amount what a spend costs, when the action declares it
 */
public record PolicyRequest(ActionKind kind, String integration, String action, Optional<Effect> effect,
        String resource, Principal principal, Optional<ChatAddress> chat, boolean tainted, Optional<Amount> amount) {

    /**
     * Rejects nulls, and a tool call without an effect.
     *
     * @throws IllegalArgumentException if a tool call has no effect, or another kind has one
     */
    public PolicyRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(amount, "amount");
        if ((kind == ActionKind.TOOL) != effect.isPresent()) {
            throw new IllegalArgumentException("a tool call has an effect and a " + kind.name().toLowerCase(Locale.ROOT)
                    + (kind == ActionKind.TOOL ? " needs one" : " has none"));
        }
    }

    /** A tool call with no declared amount. */
    public static PolicyRequest tool(String integration, String action, Effect effect, String resource,
            Principal principal, Optional<ChatAddress> chat, boolean tainted) {
        return new PolicyRequest(ActionKind.TOOL, integration, action, Optional.of(effect), resource, principal, chat,
                tainted, Optional.empty());
    }

    /** A reply into {@code chat}, whose resource is {@code chat:<channel>:<conversation>}. */
    public static PolicyRequest reply(ChatAddress chat, Principal principal, boolean tainted) {
        return new PolicyRequest(ActionKind.REPLY, chat.channel(), "reply", Optional.empty(), "chat:" + chat,
                principal, Optional.of(chat), tainted, Optional.empty());
    }

    /** A request of {@code integration} to {@code host}, whose resource is {@code host:<lower-case host>}. */
    public static PolicyRequest egress(String integration, String host, Principal principal) {
        return new PolicyRequest(ActionKind.EGRESS, integration, "connect", Optional.empty(),
                "host:" + host.toLowerCase(Locale.ROOT), principal, Optional.empty(), false, Optional.empty());
    }

    /** The same request with a declared amount. */
    public PolicyRequest withAmount(Amount value) {
        return new PolicyRequest(kind, integration, action, effect, resource, principal, chat, tainted,
                Optional.of(value));
    }

    /** {@code integration.action}, for messages. */
    String name() {
        return integration + "." + action;
    }
}
