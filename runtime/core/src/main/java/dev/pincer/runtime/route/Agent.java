package dev.pincer.runtime.route;

import dev.pincer.runtime.store.ConversationRef;
import dev.pincer.runtime.store.Turn;
import dev.pincer.spi.InboundMessage;
import java.util.List;

/**
 * What answers an inbound message: the model and tool loop in production, simple functions in tests.
 *
 * <p>Runtime-internal, not part of the SPI. The router calls it for one message of a conversation at a time,
 * conversations in parallel, so an implementation shared between conversations must be thread-safe. It may be
 * called again for the same message after a crash or a failure (at-least-once): what it returns is committed
 * once, but effects it makes itself are not deduplicated.
 */
public interface Agent {

    /**
     * The reply texts to send, in order; possibly none.
     *
     * @param conversation where the message came from
     * @param message the message to answer
     * @param history the conversation's last turns before this message, oldest first
     * @return the texts to send; empty texts are skipped, a {@code null} element counts as a failure
     * @throws InterruptedException if the router is closing; the message is offered again at the next start
     * @throws RuntimeException counted as a failed processing: retried with back-off, dead-lettered at the
     *     store's bound
     */
    List<String> respond(ConversationRef conversation, InboundMessage message, List<Turn> history)
            throws InterruptedException;
}
