package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private final FakeTelegram fake = FakeTelegram.start(BotApiClient.TOKEN, new VirtualClock());
    private final BotApiClient client = new BotApiClient(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    private BotApiClient.Reply send() {
        return client.postForm("sendMessage", Map.of("chat_id", "42", "text", "hi"));
    }

    @Test
    void answers429WithRetryAfterInHeaderAndBody() {
        fake.failNext("sendMessage", new Fault.TooManyRequests(7, true, true));

        BotApiClient.Reply reply = send();

        assertEquals(429, reply.status());
        assertEquals("7", reply.header("Retry-After"));
        assertEquals("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                + "\"parameters\":{\"retry_after\":7}}", reply.body());
        assertEquals("application/json", reply.header("Content-Type"));
    }

    @Test
    void answers429WithRetryAfterOnlyInTheHeader() {
        fake.failNext("sendMessage", new Fault.TooManyRequests(3, true, false));

        BotApiClient.Reply reply = send();

        assertEquals("3", reply.header("Retry-After"));
        assertEquals("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 3\"}",
                reply.body());
    }

    @Test
    void answers429WithRetryAfterOnlyInTheBody() {
        fake.failNext("sendMessage", new Fault.TooManyRequests(3, false, true));

        BotApiClient.Reply reply = send();

        assertNull(reply.header("Retry-After"));
        assertEquals(3, reply.json().object("parameters").longValue("retry_after"));
    }

    @Test
    void answersServerErrorsWithTheirReason() {
        fake.failNext("getMe", new Fault.ServerError(502));
        fake.failNext("getMe", new Fault.ServerError(503));

        assertEquals("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}",
                client.get("getMe", Map.of()).body());
        BotApiClient.Reply second = client.get("getMe", Map.of());
        assertEquals(503, second.status());
        assertEquals("Service Unavailable", second.description());
    }

    @Test
    void answersAMalformedBodyWithStatus200() {
        fake.failNext("getUpdates", new Fault.Malformed("<html>oops"));

        BotApiClient.Reply reply = client.get("getUpdates", Map.of());

        assertEquals(200, reply.status());
        assertEquals("<html>oops", reply.body());
    }

    @Test
    void answersUnauthorizedConflictBadRequestAndForbidden() {
        fake.failNext("getUpdates", new Fault.Unauthorized());
        fake.failNext("getUpdates", new Fault.Conflict());
        fake.failNext("sendMessage", new Fault.BadRequest("chat not found"));
        fake.failNext("sendMessage", new Fault.Forbidden("Forbidden: bot was blocked by the user"));

        BotApiClient.Reply unauthorized = client.get("getUpdates", Map.of());
        assertEquals(401, unauthorized.status());
        assertEquals("Unauthorized", unauthorized.description());
        BotApiClient.Reply conflict = client.get("getUpdates", Map.of());
        assertEquals(409, conflict.status());
        assertEquals("Conflict: terminated by other getUpdates request; make sure that only one bot instance is"
                + " running", conflict.description());
        BotApiClient.Reply badRequest = send();
        assertEquals(400, badRequest.status());
        assertEquals("Bad Request: chat not found", badRequest.description());
        BotApiClient.Reply forbidden = send();
        assertEquals(403, forbidden.status());
        assertEquals("Forbidden: bot was blocked by the user", forbidden.description());
        assertEquals(List.of(), fake.sentMessages());
    }

    @Test
    void resetsTheConnectionWithoutAnswerAndRecordsMinusOne() {
        fake.failNext("sendMessage", new Fault.ConnectionReset());

        assertThrows(IOException.class, () -> client.postJsonRaw("sendMessage", "{\"chat_id\":42,\"text\":\"x\"}"));

        List<RecordedRequest> requests = fake.requests("sendMessage");
        assertEquals(1, requests.size(), "the client must not have retried behind our back");
        assertEquals(-1, requests.getFirst().status());
        assertEquals("", requests.getFirst().responseBody());
        assertEquals(200, send().status(), "the next call is answered normally");
    }

    @Test
    void delaysASlowAnswerThenAnswersNormally() {
        fake.failNext("sendMessage", new Fault.Slow(Duration.ofMillis(600)));
        long start = System.nanoTime();

        BotApiClient.Reply reply = send();

        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 550);
        assertEquals(200, reply.status());
        assertEquals(1, fake.sentMessages().size());
    }

    @Test
    void appliesQueuedFaultsInOrderThenAnswersNormally() {
        fake.failNext("sendMessage", new Fault.ServerError(500));
        fake.failNext("sendMessage", Fault.tooManyRequests(1));
        fake.failNext("SENDMESSAGE", new Fault.ServerError(504));

        assertEquals(List.of(500, 429, 504, 200, 200),
                List.of(send().status(), send().status(), send().status(), send().status(), send().status()));
    }

    @Test
    void failsEveryCallUntilFaultsAreCleared() {
        fake.failAlways("getMe", new Fault.ServerError(503));

        assertEquals(503, client.get("getMe", Map.of()).status());
        assertEquals(503, client.get("getMe", Map.of()).status());
        assertEquals(200, send().status(), "other methods are unaffected");

        fake.clearFaults();
        assertEquals(200, client.get("getMe", Map.of()).status());
    }

    @Test
    void usesQueuedFaultsBeforeTheStandingOne() {
        fake.failAlways("getMe", new Fault.ServerError(503));
        fake.failNext("getMe", new Fault.Unauthorized());

        assertEquals(401, client.get("getMe", Map.of()).status());
        assertEquals(503, client.get("getMe", Map.of()).status());
    }

    @Test
    void matchesEveryMethodWithAStar() {
        fake.failNext("*", new Fault.ServerError(500));

        assertEquals(500, client.get("getMe", Map.of()).status());
        assertEquals(200, client.get("getMe", Map.of()).status());
    }

    @Test
    void doesNotConsumeUpdatesWhenGetUpdatesFails() {
        long id = fake.enqueueMessage(42, 42, "keep me");
        fake.failNext("getUpdates", new Fault.ServerError(502));

        assertEquals(502, client.get("getUpdates", Map.of()).status());

        assertEquals(id, client.get("getUpdates", Map.of()).json().array("result").objects().getFirst()
                .longValue("update_id"));
        assertEquals(0, fake.confirmedOffset());
    }

    @Test
    void recordsFaultedRequestsWithTheirStatusAndParams() {
        fake.failNext("sendMessage", new Fault.ServerError(502));

        send();

        RecordedRequest recorded = fake.requests().getFirst();
        assertEquals(502, recorded.status());
        assertEquals("hi", recorded.params().string("text"));
    }

    @Test
    void rejectsNonsenseFaults() {
        assertThrows(IllegalArgumentException.class, () -> new Fault.ServerError(404));
        assertThrows(IllegalArgumentException.class, () -> new Fault.TooManyRequests(-1, true, true));
        assertThrows(IllegalArgumentException.class, () -> new Fault.Slow(Duration.ofMillis(-1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fake.failNext("/bot1:x/getMe", new Fault.Conflict()));
        assertTrue(e.getMessage().contains("Bot API method name"), e.getMessage());
    }
}
