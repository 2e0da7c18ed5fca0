package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SendChatActionTest {
    private final FakeTelegram fake = FakeTelegram.start(BotApiClient.TOKEN, new VirtualClock());
    private final BotApiClient client = new BotApiClient(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void answersTrueForADocumentedAction() {
        assertEquals("{\"ok\":true,\"result\":true}",
                client.postForm("sendChatAction", Map.of("chat_id", "42", "action", "typing")).body());
        assertEquals("typing", fake.requests("sendChatAction").getFirst().params().string("action"));
    }

    @Test
    void rejectsAnUndocumentedAction() {
        BotApiClient.Reply reply = client.postForm("sendChatAction", Map.of("chat_id", "42", "action", "thinking"));

        assertEquals(400, reply.status());
        assertEquals("Bad Request: wrong parameter action in request", reply.description());
    }

    @Test
    void refusesABlockedChat() {
        fake.forbidChat(42);

        BotApiClient.Reply reply = client.postForm("sendChatAction", Map.of("chat_id", "42", "action", "typing"));

        assertEquals(403, reply.status());
        assertEquals("Forbidden: bot was blocked by the user", reply.description());
    }
}
