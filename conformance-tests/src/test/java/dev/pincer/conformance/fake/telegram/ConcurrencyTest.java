package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;

    private final FakeTelegram fake = FakeTelegram.start(BotApiClient.TOKEN, new VirtualClock());
    private final BotApiClient client = new BotApiClient(fake);
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void close() {
        pool.shutdownNow();
        fake.close();
    }

    @Test
    void recordsEveryConcurrentSendOnceWithDistinctMessageIds() throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    BotApiClient.Reply reply = client.postForm("sendMessage",
                            Map.of("chat_id", "42", "text", thread + "-" + i));
                    assertEquals(200, reply.status(), reply.body());
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }

        int total = THREADS * PER_THREAD;
        List<SentMessage> sent = fake.sentMessages();
        assertEquals(total, sent.size());
        Set<Integer> ids = new HashSet<>();
        sent.forEach(m -> ids.add(m.messageId()));
        assertEquals(total, ids.size());
        assertEquals(total, ids.stream().mapToInt(Integer::intValue).max().orElseThrow());
        Set<String> texts = new HashSet<>();
        sent.forEach(m -> texts.add(m.text()));
        assertEquals(total, texts.size());
        List<RecordedRequest> requests = fake.requests();
        assertEquals(total, requests.size());
        assertTrue(requests.stream().allMatch(r -> r.status() == 200));
    }

    @Test
    void losesNoUpdateWhileEnqueueingAndPollingConcurrently() throws Exception {
        fake.setHotLoopThrottle(false);
        int total = THREADS * PER_THREAD;
        List<Future<?>> producers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long chat = t + 1;
            producers.add(pool.submit(() -> {
                for (int i = 0; i < PER_THREAD; i++) {
                    fake.enqueueMessage(chat, chat, "m" + i);
                }
            }));
        }
        Set<Long> received = new HashSet<>();
        long offset = 0;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (received.size() < total && System.nanoTime() < deadline) {
            List<JsonObject> updates = client.get("getUpdates", Map.of("offset", Long.toString(offset),
                    "timeout", "1")).json().array("result").objects();
            for (JsonObject update : updates) {
                received.add(update.longValue("update_id"));
                offset = Math.max(offset, update.longValue("update_id") + 1);
            }
        }
        for (Future<?> producer : producers) {
            producer.get();
        }

        assertEquals(total, received.size());
        assertEquals(UpdateQueue.FIRST_UPDATE_ID + total - 1,
                received.stream().mapToLong(Long::longValue).max().orElseThrow());
    }
}
