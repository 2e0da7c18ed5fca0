package dev.pincer.spi;

import java.util.Objects;

/** What arrives on a {@link WebSocket}. */
public sealed interface WebSocketEvent {

    /** A complete text message. */
    record Text(String text) implements WebSocketEvent {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The connection closed: by the server (with its close code), by us, or because the network failed
     * (code {@code 1006}).
     */
    record Closed(int code, String reason) implements WebSocketEvent {
        public Closed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
