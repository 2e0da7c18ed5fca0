package dev.pincer.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * A WebSocket connection opened through {@link Http#openWebSocket}: text messages only.
 *
 * <p>Messages arrive into a queue that {@link #receive} drains in order; waiting happens on the
 * context clock, so the conformance suite can run heartbeats and timeouts on virtual time.
 * {@code sendText} may be called from any thread; {@code receive} from one thread at a time.
 */
public interface WebSocket {

    /**
     * Sends one text message; placeholders of secrets bound to this connection's host are filled in.
     *
     * @throws EgressException if the connection is closed, or the text carries a secret bound elsewhere
     * @throws InterruptedException if the integration is being stopped
     */
    void sendText(String text) throws InterruptedException;

    /**
     * The next event, waiting up to {@code timeout} on the context clock; empty if none came in time.
     *
     * <p>After a {@link WebSocketEvent.Closed} event, every later call returns that event again at once.
     *
     * @throws InterruptedException if the integration is being stopped
     */
    Optional<WebSocketEvent> receive(Duration timeout) throws InterruptedException;

    /** Closes the connection with a close code (such as 1000, or 4000 to be able to resume) and a reason. */
    void close(int code, String reason);
}
