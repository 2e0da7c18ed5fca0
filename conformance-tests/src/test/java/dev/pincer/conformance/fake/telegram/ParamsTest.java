package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pincer.spi.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParamsTest {
    private final FakeTelegram fake = FakeTelegram.start(BotApiClient.TOKEN, new VirtualClock());
    private final BotApiClient client = new BotApiClient(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void readsParametersFromTheUrlQuery() {
        BotApiClient.Reply reply = client.get("sendMessage", Map.of("chat_id", "42", "text", "hi & bye"));

        assertEquals(200, reply.status(), reply.body());
        assertEquals("hi & bye", fake.sentMessages().getFirst().text());
        assertEquals(42, fake.sentMessages().getFirst().chatId());
    }

    @Test
    void readsParametersFromAFormBody() {
        BotApiClient.Reply reply = client.postForm("sendMessage", Map.of("chat_id", "-100", "text", "ünïcode ✓"));

        assertEquals(200, reply.status(), reply.body());
        assertEquals("ünïcode ✓", fake.sentMessages().getFirst().text());
        assertEquals("-100", fake.requests().getFirst().params().string("chat_id"));
    }

    @Test
    void readsParametersFromAJsonBodyKeepingTheirJsonTypes() {
        BotApiClient.Reply reply = client.postJson("sendMessage", "{\"chat_id\":42,\"text\":\"json\"}");

        assertEquals(200, reply.status(), reply.body());
        assertEquals(42, fake.requests().getFirst().params().longValue("chat_id"));
    }

    @Test
    void readsParametersFromAMultipartForm() {
        String boundary = "xYzBoundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nmulti\r\npart ✓\r\n"
                + "--" + boundary + "--\r\n";

        BotApiClient.Reply reply = client.postRaw("sendMessage", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, reply.status(), reply.body());
        assertEquals("multi\r\npart ✓", fake.sentMessages().getFirst().text());
    }

    @Test
    void acceptsIntegersWrittenAsStringsInAJsonBody() {
        BotApiClient.Reply reply = client.postJson("sendMessage", "{\"chat_id\":\"42\",\"text\":\"x\"}");

        assertEquals(200, reply.status(), reply.body());
        assertEquals(42, fake.sentMessages().getFirst().chatId());
    }

    @Test
    void answersABrokenJsonBodyWith400() {
        BotApiClient.Reply reply = client.postJson("sendMessage", "{\"chat_id\":");

        assertEquals(400, reply.status());
        assertEquals("Bad Request: can't parse JSON object", reply.description());
    }

    @Test
    void letsTheQueryWinOverTheBodyForTheSameName() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("chat_id", "7");
        form.put("text", "body");
        client.postRaw("sendMessage?text=query", "application/x-www-form-urlencoded",
                BotApiClient.encode(form).getBytes(StandardCharsets.UTF_8));

        assertEquals("query", fake.sentMessages().getFirst().text());
    }

    @Test
    void readsIntegersLikeTheServerDoes() {
        Params params = new Params(Json.object().put("a", "12abc").put("b", "junk").put("c", "-7").put("d", 9999)
                .build());

        assertEquals(12, params.integer("a", 0, Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals(0, params.integer("b", 5, Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals(-7, params.integer("c", 0, Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals(50, params.integer("d", 0, 0, 50));
        assertEquals(5, params.integer("missing", 5, 0, 50));
    }
}
