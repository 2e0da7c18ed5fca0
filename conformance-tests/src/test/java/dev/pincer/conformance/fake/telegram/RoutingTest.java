package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private final VirtualClock clock = new VirtualClock();
    private final FakeTelegram fake = FakeTelegram.start(BotApiClient.TOKEN, clock);
    private final BotApiClient client = new BotApiClient(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void bindsToLoopbackOnly() {
        assertEquals("127.0.0.1", fake.baseUri().getHost());
        assertTrue(fake.baseUri().getPort() > 0);
    }

    @Test
    void answersAWrongTokenWith401Unauthorized() {
        BotApiClient.Reply reply = client.postJsonWithToken("123456789:wrong", "getMe", "{}");

        assertEquals(401, reply.status());
        assertEquals("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", reply.body());
    }

    @Test
    void answersAnUnknownMethodWith404MethodNotFound() {
        BotApiClient.Reply reply = client.get("sendMesage", Map.of());

        assertEquals(404, reply.status());
        assertEquals("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}",
                reply.body());
    }

    @Test
    void answersPathsOutsideBotTokenWith404() {
        assertEquals(404, client.getPath("/").status());
        assertEquals(404, client.getPath("/getMe").status());
        assertEquals("Not Found", client.getPath("/bot" + BotApiClient.TOKEN).description());
    }

    @Test
    void answersARealButUnimplementedMethodWith501NotMethodNotFound() {
        BotApiClient.Reply reply = client.get("editMessageText", Map.of());

        assertEquals(501, reply.status());
        assertTrue(reply.description().contains("does not implement editmessagetext"), reply.description());
    }

    @Test
    void treatsMethodNamesCaseInsensitively() {
        assertEquals(200, client.get("GETME", Map.of()).status());
        assertEquals(200, client.get("getme", Map.of()).status());
    }

    @Test
    void servesEveryAnswerAsJson() {
        for (BotApiClient.Reply reply : List.of(client.get("getMe", Map.of()), client.getPath("/nope"),
                client.postJsonWithToken("1:x", "getMe", "{}"), client.get("nope", Map.of()))) {
            assertEquals("application/json", reply.header("Content-Type"));
        }
    }

    @Test
    void describesTheBotInGetMeWithTheIdFromTheToken() {
        JsonObject me = client.get("getMe", Map.of()).json().object("result");

        assertEquals(123456789L, me.longValue("id"));
        assertTrue(me.bool("is_bot"));
        assertFalse(me.string("first_name").isBlank());
        assertTrue(me.string("username").endsWith("bot"), me.string("username"));
        assertTrue(me.bool("can_join_groups"));
        assertFalse(me.bool("supports_inline_queries"));
    }

    @Test
    void recordsEachRequestWithVirtualTimePathTokenMethodAndAnswer() {
        clock.advance(Duration.ofMinutes(5));
        client.get("getMe", Map.of("x", "1"));
        client.postJsonWithToken("999:nope", "sendMessage", "{\"chat_id\":5}");

        List<RecordedRequest> requests = fake.requests();
        assertEquals(2, requests.size());
        RecordedRequest first = requests.get(0);
        assertEquals(VirtualClock.START.plus(Duration.ofMinutes(5)), first.at());
        assertEquals("GET", first.httpMethod());
        assertEquals("/bot" + BotApiClient.TOKEN + "/getMe", first.path());
        assertEquals(BotApiClient.TOKEN, first.token());
        assertEquals("getme", first.method());
        assertEquals("1", first.params().string("x"));
        assertEquals(200, first.status());
        assertTrue(first.responseBody().startsWith("{\"ok\":true,\"result\":{"), first.responseBody());
        RecordedRequest second = requests.get(1);
        assertEquals("999:nope", second.token());
        assertEquals(401, second.status());
        assertEquals(5, second.params().longValue("chat_id"));
        assertEquals(1, fake.requests("SENDMESSAGE").size());
        assertEquals(0, fake.requests("getUpdates").size());
    }

    @Test
    void rejectsATokenThatDoesNotLookLikeABotToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FakeTelegram.start("not-a-token", clock));

        assertTrue(e.getMessage().contains("<bot id>:<secret>"), e.getMessage());
    }

    @Test
    void refusesConnectionsAfterClose() {
        fake.close();

        assertThrows(java.io.UncheckedIOException.class, () -> client.get("getMe", Map.of()));
    }
}
