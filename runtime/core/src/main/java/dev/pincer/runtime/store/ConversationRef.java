package dev.pincer.runtime.store;

import java.util.Objects;

/**
 * One conversation of one integration: the unit within which order is kept.
 *
 * @param integration the integration's name, as in its manifest
 * @param conversation the platform's id of the chat, as {@code InboundMessage.conversation()} names it
 */
public record ConversationRef(String integration, String conversation) {
    public ConversationRef {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(conversation, "conversation");
        if (integration.isBlank() || conversation.isBlank()) {
            throw new IllegalArgumentException("a conversation needs a non-blank integration and conversation id, was '"
                    + integration + "' / '" + conversation + "'");
        }
    }
}
