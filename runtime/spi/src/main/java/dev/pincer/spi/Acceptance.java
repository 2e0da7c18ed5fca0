package dev.pincer.spi;

import java.util.Objects;

/** The runtime's answer to {@link Inbox#deliver}. */
public sealed interface Acceptance {

    /** The runtime stored the message durably; acknowledge it to the platform. */
    record Accepted() implements Acceptance {}

    /** The runtime already had a message with this id; acknowledge it, and do not offer it again. */
    record Duplicate() implements Acceptance {}

    /** The runtime cannot take the message now; do not acknowledge it, offer it again later. */
    record Unavailable(String reason) implements Acceptance {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** True when the channel may acknowledge the message to its platform. */
    default boolean acknowledgeable() {
        return switch (this) {
            case Accepted a -> true;
            case Duplicate d -> true;
            case Unavailable u -> false;
        };
    }
}
