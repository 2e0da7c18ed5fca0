package dev.pincer.runtime.permit;

import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A channel that delivers every message at once and keeps what it sent. */
final class TestChannel implements Channel {
    private final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void start(ChannelContext context) {}

    @Override
    public ReceiveResult receive() {
        return new ReceiveResult.RetryAfter(Duration.ofSeconds(1), "the test delivers through the inbox");
    }

    @Override
    public SendResult send(OutboundMessage message) {
        sent.add(message);
        return new SendResult.Delivered(List.of("p-" + message.id()));
    }

    @Override
    public void stop() {}

    List<OutboundMessage> sent() {
        return List.copyOf(sent);
    }
}
