package dev.pincer.runtime.policy;

import java.util.Optional;
import java.util.Set;

/**
 * Whom and where a rule or budget applies to: {@code for} (principals) and {@code in} (chats).
 *
 * @param anyone true for {@code anyone}: every sender, strangers included
 * @param owner true if the owner is listed
 * @param names the named principals listed
 * @param chats the chats listed; empty for any chat
 */
record Audience(boolean anyone, boolean owner, Set<String> names, Optional<Set<ChatAddress>> chats) {
    /** For the owner, in any chat: a rule's default. */
    static final Audience OWNER = new Audience(false, true, Set.of(), Optional.empty());
    /** For anyone, in any chat: a budget's default. */
    static final Audience EVERYONE = new Audience(true, true, Set.of(), Optional.empty());

    Audience {
        names = Set.copyOf(names);
        chats = chats.map(Set::copyOf);
    }

    /** True if a task for {@code principal} in {@code chat} is in this audience. */
    boolean admits(Principal principal, Optional<ChatAddress> chat) {
        boolean person = switch (principal) {
            case Principal.Owner o -> anyone || owner;
            case Principal.Named named -> anyone || names.contains(named.name());
            case Principal.Stranger s -> anyone;
        };
        return person && (chats.isEmpty() || chat.isPresent() && chats.get().contains(chat.get()));
    }
}
