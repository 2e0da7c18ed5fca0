package dev.pincer.runtime.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One turn of a conversation's history.
 *
 * @param role who spoke
 * @param text what was said
 * @param at when, as given to {@link Store#append}
 */
public record Turn(Role role, String text, Instant at) {
    public Turn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
