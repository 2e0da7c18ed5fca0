package dev.pincer.runtime.route;

import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake platform: records every message it is asked to send, and answers as a rule says (by default
 * "delivered"), given the message and how often its id was asked for before. Sends of the same conversation
 * must never overlap; an overlap is recorded.
 */
final class RecordingChannel implements Channel {

    /** How the fake platform answers one send; may throw. */
    @FunctionalInterface
    interface Rule {
        SendResult answer(OutboundMessage message, int previousCalls) throws InterruptedException;
    }

    static final Rule DELIVER = (message, previous) -> delivered(message);

    private final List<OutboundMessage> calls = new ArrayList<>();
    private final List<OutboundMessage> delivered = new ArrayList<>();
    private final Map<String, AtomicInteger> callsPerId = new ConcurrentHashMap<>();
    private final Map<String, Boolean> busyConversations = new ConcurrentHashMap<>();
    private final AtomicInteger overlaps = new AtomicInteger();
    private final Rule rule;

    RecordingChannel(Rule rule) {
        this.rule = rule;
    }

    static RecordingChannel delivering() {
        return new RecordingChannel(DELIVER);
    }

    static SendResult delivered(OutboundMessage message) {
        return new SendResult.Delivered(List.of("p-" + message.id()));
    }

    @Override
    public void start(ChannelContext context) {}

    @Override
    public ReceiveResult receive() {
        return new ReceiveResult.RetryAfter(Duration.ofSeconds(1), "the test delivers through the inbox");
    }

    @Override
    public SendResult send(OutboundMessage message) throws InterruptedException {
        if (busyConversations.put(message.conversation(), true) != null) {
            overlaps.incrementAndGet();
        }
        try {
            int previous = callsPerId.computeIfAbsent(message.id(), id -> new AtomicInteger()).getAndIncrement();
            synchronized (this) {
                calls.add(message);
            }
            SendResult result = rule.answer(message, previous);
            if (result instanceof SendResult.Delivered) {
                synchronized (this) {
                    delivered.add(message);
                }
            }
            return result;
        } finally {
            busyConversations.remove(message.conversation());
        }
    }

    @Override
    public void stop() {}

    /** Every send call, in the order they began. */
    synchronized List<OutboundMessage> calls() {
        return List.copyOf(calls);
    }

    /** The texts delivered to one conversation, in order. */
    synchronized List<String> deliveredTexts(String conversation) {
        return delivered.stream().filter(m -> m.conversation().equals(conversation)).map(OutboundMessage::text)
                .toList();
    }

    /** Every delivered message, in order. */
    synchronized List<OutboundMessage> delivered() {
        return List.copyOf(delivered);
    }

    int callsFor(String id) {
        AtomicInteger count = callsPerId.get(id);
        return count == null ? 0 : count.get();
    }

    int overlappingSends() {
        return overlaps.get();
    }
}
