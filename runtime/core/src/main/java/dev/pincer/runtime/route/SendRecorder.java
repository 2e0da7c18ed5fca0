package dev.pincer.runtime.route;

import dev.pincer.runtime.store.OutboxEntry;
import dev.pincer.spi.SendResult;

/**
 * Told of every outbound send: before it starts, and what came of it; the audit log is one.
 *
 * <p>{@link #sending} is called after the send is durably marked as started and before the channel is called; if it
 * throws, the channel is not called and the message is held like one interrupted mid-send (fail closed).
 */
public interface SendRecorder {

    /** The message is about to be handed to its channel. */
    void sending(OutboxEntry entry);

    /** The channel answered {@code result} for the message. */
    void sent(OutboxEntry entry, SendResult result);

    /** Records nothing. */
    static SendRecorder none() {
        return new SendRecorder() {
            @Override
            public void sending(OutboxEntry entry) {}

            @Override
            public void sent(OutboxEntry entry, SendResult result) {}
        };
    }
}
