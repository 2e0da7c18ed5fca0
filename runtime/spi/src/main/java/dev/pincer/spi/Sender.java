package dev.pincer.spi;

import java.util.Objects;

/**
 * Who sent an inbound message, as the platform identifies them.
 *
 * @param id the platform's stable user id, as a decimal or opaque string
 * @param displayName a human-readable name; may be empty, never null
 * @param bot whether the platform marks the sender as a bot
 */
public record Sender(String id, String displayName, boolean bot) {
    public Sender {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(displayName, "displayName");
    }
}
