package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LongPollTest {
    private final FakeTelegram fake = FakeTelegram.start(BotApiClient.TOKEN, new VirtualClock());
    private final BotApiClient client = new BotApiClient(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    private CompletableFuture<BotApiClient.Reply> pollInBackground(Map<String, String> query) {
        int before = fake.requests("getUpdates").size();
        CompletableFuture<BotApiClient.Reply> reply =
                CompletableFuture.supplyAsync(() -> client.get("getUpdates", query));
        awaitWaitingPolls(before + 1);
        return reply;
    }

    private void awaitWaitingPolls(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fake.requests("getUpdates").size() < count) {
            assertTrue(System.nanoTime() < deadline, "the poll never reached the fake");
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void answersAtOnceWithoutTimeout() {
        fake.setHotLoopThrottle(false);
        fake.setLongPollHold(Duration.ofSeconds(10));
        long start = System.nanoTime();

        assertEquals(200, client.get("getUpdates", Map.of()).status());
        assertEquals(200, client.get("getUpdates", Map.of("timeout", "-5")).status());

        assertTrue(millisSince(start) < 2000, "waited " + millisSince(start) + " ms");
    }

    @Test
    void waitsTheTimeoutInSecondsWhenShorterThanTheHold() {
        fake.setLongPollHold(Duration.ofSeconds(10));
        long start = System.nanoTime();

        BotApiClient.Reply reply = client.get("getUpdates", Map.of("timeout", "1"));

        assertEquals("{\"ok\":true,\"result\":[]}", reply.body());
        long waited = millisSince(start);
        assertTrue(waited >= 900 && waited < 5000, "waited " + waited + " ms");
    }

    @Test
    void waitsAtMostTheHoldForALongTimeout() {
        fake.setLongPollHold(Duration.ofMillis(300));
        long start = System.nanoTime();

        BotApiClient.Reply reply = client.get("getUpdates", Map.of("timeout", "3600"));

        assertEquals(200, reply.status());
        long waited = millisSince(start);
        assertTrue(waited >= 250 && waited < 3000, "waited " + waited + " ms");
    }

    @Test
    void wakesAWaitingPollWhenAnUpdateArrives() throws Exception {
        fake.setLongPollHold(Duration.ofSeconds(20));
        CompletableFuture<BotApiClient.Reply> waiting = pollInBackground(Map.of("timeout", "30"));
        long start = System.nanoTime();

        long id = fake.enqueueMessage(7, 7, "wake up");

        BotApiClient.Reply reply = waiting.get(5, TimeUnit.SECONDS);
        assertTrue(millisSince(start) < 5000);
        assertEquals(id, reply.json().array("result").objects().getFirst().longValue("update_id"));
    }

    @Test
    void terminatesTheOlderWaitingPollWith409WhenANewOneArrives() throws Exception {
        fake.setHotLoopThrottle(false);
        fake.setLongPollHold(Duration.ofSeconds(20));
        CompletableFuture<BotApiClient.Reply> older = pollInBackground(Map.of("timeout", "30"));

        BotApiClient.Reply newer = client.get("getUpdates", Map.of("timeout", "0"));

        BotApiClient.Reply terminated = older.get(5, TimeUnit.SECONDS);
        assertEquals(409, terminated.status());
        assertEquals("{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other getUpdates"
                + " request; make sure that only one bot instance is running\"}", terminated.body());
        assertEquals(200, newer.status());
        List<Integer> statuses = fake.requests("getUpdates").stream().map(RecordedRequest::status).toList();
        assertEquals(List.of(409, 200), statuses);
    }

    @Test
    void holdsAPollUntilCloseWhenAsked() throws Exception {
        fake.setLongPollHold(Duration.ofMillis(50));
        fake.holdPollsUntilClosed(true);
        CompletableFuture<BotApiClient.Reply> waiting = pollInBackground(Map.of("timeout", "1"));

        Thread.sleep(1500);
        assertTrue(!waiting.isDone(), "still held after the 1 s timeout and the 50 ms hold");
        assertTrue(fake.requests("getUpdates").getFirst().inProgress());

        fake.close();
        try {
            BotApiClient.Reply reply = waiting.get(5, TimeUnit.SECONDS);
            assertEquals("{\"ok\":true,\"result\":[]}", reply.body());
        } catch (ExecutionException e) {
            // Also acceptable: the connection closed under the poll. Either way the poll ended.
            assertTrue(e.getCause() instanceof java.io.UncheckedIOException, e.toString());
        } catch (TimeoutException e) {
            throw new AssertionError("the held poll did not end when the fake closed", e);
        }
    }

    @Test
    void throttlesAHotLoopOnTheSameOffsetLikeTheServer() {
        fake.setLongPollHold(Duration.ofMillis(200));
        long first = fake.enqueueMessage(1, 1, "a");
        fake.enqueueMessage(1, 1, "b");
        fake.enqueueMessage(1, 1, "c");
        Map<String, String> sameOffset = Map.of("offset", Long.toString(first));

        assertEquals(3, client.get("getUpdates", sameOffset).json().array("result").size());
        assertEquals(1, client.get("getUpdates", sameOffset).json().array("result").size(),
                "re-polled within 0.5 s: limit forced to 1");

        fake.setHotLoopThrottle(false);
        assertEquals(3, client.get("getUpdates", sameOffset).json().array("result").size());
    }

    @Test
    void makesAHotLoopWithoutTimeoutWaitLikeTheServer() {
        fake.setLongPollHold(Duration.ofMillis(400));
        client.get("getUpdates", Map.of("offset", "5"));
        long start = System.nanoTime();

        client.get("getUpdates", Map.of("offset", "5"));

        long waited = millisSince(start);
        assertTrue(waited >= 300, "timeout 0 re-polled within 3 s is treated as 3 s (capped by the hold): "
                + waited + " ms");
    }
}
