package dev.pincer.cli;

import dev.pincer.conformance.fake.telegram.FakeTelegram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Queues uniquely worded text messages at the fake Telegram for a crash test: bursts on demand, and a trickle on a
 * thread of its own, so that messages arrive while {@code pincer run} is up, down and starting.
 */
final class MessageFeeder {
    /** One queued message: its chat, its update id and its unique text. */
    record Fed(long chatId, long updateId, String text) {}

    private final FakeTelegram telegram;
    private final int chats;
    private final Random random;
    private final List<Fed> fed = new ArrayList<>();
    private Thread trickle;

    MessageFeeder(FakeTelegram telegram, int chats, Random random) {
        this.telegram = telegram;
        this.chats = chats;
        this.random = random;
    }

    /**
     * Queues {@code count} messages now, each to a chat picked at random.
     *
     * @return the update id of the last one; 0 if none was queued
     */
    synchronized long burst(int count) {
        long last = 0;
        for (int i = 0; i < count; i++) {
            long chat = 1000 + random.nextInt(chats);
            String text = "message " + (fed.size() + 1) + " to chat " + chat;
            last = telegram.enqueueMessage(chat, chat, text);
            fed.add(new Fed(chat, last, text));
        }
        return last;
    }

    /** Starts queuing {@code total} messages in small bursts with pauses between them (about 130 a second). */
    void startTrickle(int total) {
        long seed;
        synchronized (this) {
            seed = random.nextLong();
        }
        Random pace = new Random(seed);
        trickle = Thread.ofPlatform().name("crash-test-trickle").daemon().start(() -> {
            int left = total;
            try {
                while (left > 0) {
                    int count = Math.min(left, 5 + pace.nextInt(26));
                    burst(count);
                    left -= count;
                    Thread.sleep(50 + pace.nextInt(200));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Waits until the trickle has queued all its messages. */
    void awaitTrickle(Duration patience) throws InterruptedException {
        trickle.join(patience);
        if (trickle.isAlive()) {
            throw new IllegalStateException("the trickle of messages did not finish within " + patience);
        }
    }

    /** Everything queued so far, in order. */
    synchronized List<Fed> fed() {
        return List.copyOf(fed);
    }
}
