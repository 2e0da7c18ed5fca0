package dev.pincer.conformance.fake.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.JsonArray;
import dev.pincer.spi.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetUpdatesTest {
    private final VirtualClock clock = new VirtualClock();
    private final FakeTelegram fake = FakeTelegram.start(BotApiClient.TOKEN, clock);
    private final BotApiClient client = new BotApiClient(fake);

    @BeforeEach
    void noThrottle() {
        fake.setHotLoopThrottle(false);
    }

    @AfterEach
    void close() {
        fake.close();
    }

    private List<JsonObject> poll(Map<String, String> query) {
        BotApiClient.Reply reply = client.get("getUpdates", query);
        assertEquals(200, reply.status(), reply.body());
        JsonArray result = reply.json().array("result");
        return result.objects();
    }

    private static List<Long> ids(List<JsonObject> updates) {
        return updates.stream().map(u -> u.longValue("update_id")).toList();
    }

    @Test
    void deliversARealisticMessageUpdate() {
        clock.advance(java.time.Duration.ofSeconds(30));
        long id = fake.enqueueMessage(42, 42, "/start now");

        JsonObject update = poll(Map.of()).getFirst();
        assertEquals(id, update.longValue("update_id"));
        JsonObject message = update.object("message");
        assertEquals(1, message.longValue("message_id"));
        assertEquals(VirtualClock.START.getEpochSecond() + 30, message.longValue("date"));
        assertEquals("private", message.object("chat").string("type"));
        assertEquals(42, message.object("chat").longValue("id"));
        assertEquals(42, message.object("from").longValue("id"));
        assertFalse(message.object("from").bool("is_bot"));
        assertFalse(message.object("from").string("first_name").isBlank());
        assertEquals("/start now", message.string("text"));
        assertEquals("bot_command", message.array("entities").objects().getFirst().string("type"));
        assertEquals(6, message.array("entities").objects().getFirst().longValue("length"));
    }

    @Test
    void givesIncreasingUpdateIdsAndMessageIdsPerChat() {
        long first = fake.enqueueMessage(1, 1, "a");
        long second = fake.enqueueMessage(1, 1, "b");
        fake.enqueueMessage(2, 2, "c");

        List<JsonObject> updates = poll(Map.of());
        assertEquals(List.of(first, second, second + 1), ids(updates));
        assertEquals(List.of(1L, 2L, 1L),
                updates.stream().map(u -> u.object("message").longValue("message_id")).toList());
    }

    @Test
    void redeliversUnconfirmedUpdatesAndForgetsConfirmedOnes() {
        long a = fake.enqueueMessage(1, 1, "a");
        long b = fake.enqueueMessage(1, 1, "b");

        assertEquals(List.of(a, b), ids(poll(Map.of())));
        assertEquals(List.of(a, b), ids(poll(Map.of())), "nothing confirmed yet: delivered again");
        assertEquals(0, fake.confirmedOffset());

        assertEquals(List.of(b), ids(poll(Map.of("offset", Long.toString(a + 1)))));
        assertEquals(a + 1, fake.confirmedOffset());
        assertEquals(List.of(b), ids(poll(Map.of())), "a is forgotten even without an offset");

        assertEquals(List.of(), poll(Map.of("offset", Long.toString(b + 1))));
        assertEquals(b + 1, fake.confirmedOffset());
        assertEquals(0, fake.pendingUpdateCount());
    }

    @Test
    void keepsOnlyTheLastUpdatesForANegativeOffset() {
        fake.enqueueMessage(1, 1, "a");
        long b = fake.enqueueMessage(1, 1, "b");
        long c = fake.enqueueMessage(1, 1, "c");

        assertEquals(List.of(c), ids(poll(Map.of("offset", "-1"))));
        assertEquals(b + 1, fake.confirmedOffset());
        assertEquals(List.of(c), ids(poll(Map.of())));
    }

    @Test
    void returnsAtMostLimitUpdatesAndClampsLimitLikeTheServer() {
        for (int i = 0; i < 105; i++) {
            fake.enqueueMessage(1, 1, "m" + i);
        }

        assertEquals(2, poll(Map.of("limit", "2")).size());
        assertEquals(1, poll(Map.of("limit", "0")).size());
        assertEquals(1, poll(Map.of("limit", "-3")).size());
        assertEquals(100, poll(Map.of("limit", "500")).size());
        assertEquals(100, poll(Map.of()).size());
    }

    @Test
    void returnsUpdatesInUpdateIdOrderIncludingRawOnes() {
        fake.setNextUpdateId(500);
        fake.enqueueMessage(1, 1, "a");
        fake.enqueueRaw("{\"update_id\":450,\"message\":{\"message_id\":9,\"date\":1,"
                + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"old\"}}");

        assertEquals(List.of(450L, 500L), ids(poll(Map.of())));
    }

    @Test
    void deliversARawStaleUpdateOnceEvenBelowTheOffsetAndDuplicatesAsGiven() {
        long a = fake.enqueueMessage(1, 1, "a");
        poll(Map.of("offset", Long.toString(a + 1)));
        String stale = "{\"update_id\":" + a + ",\"message\":{\"message_id\":1,\"date\":1,"
                + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"again\"}}";
        fake.enqueueRaw(stale);
        fake.enqueueRaw(stale);

        List<JsonObject> updates = poll(Map.of("offset", Long.toString(a + 1)));
        assertEquals(List.of(a, a), ids(updates));
        assertEquals("again", updates.getFirst().object("message").string("text"));
        assertEquals(List.of(), poll(Map.of("offset", Long.toString(a + 1))));
    }

    @Test
    void assignsUpdateIdsToAnyUpdateBody() {
        long id = fake.enqueueUpdate("{\"edited_message\":{\"message_id\":3,\"date\":1,\"edit_date\":2,"
                + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"edited\"}}");

        JsonObject update = poll(Map.of()).getFirst();
        assertEquals(id, update.longValue("update_id"));
        assertEquals("edited", update.object("edited_message").string("text"));
        assertEquals("update_id", update.members().keySet().iterator().next());
    }

    @Test
    void dropsReactionUpdatesUnlessAllowedUpdatesAsksForThem() {
        String reaction = "{\"message_reaction\":{\"chat\":{\"id\":5,\"type\":\"private\"},\"message_id\":1,"
                + "\"date\":1,\"old_reaction\":[],\"new_reaction\":[]}}";
        fake.enqueueUpdate(reaction);
        assertEquals(List.of(), poll(Map.of()), "not asked for: dropped on arrival");

        poll(Map.of("allowed_updates", "[\"message_reaction\",\"message\"]"));
        long id = fake.enqueueUpdate(reaction);
        long message = fake.enqueueMessage(5, 5, "hi");
        assertEquals(List.of(id, message), ids(poll(Map.of())), "the setting is kept when omitted");

        poll(Map.of("offset", Long.toString(message + 1), "allowed_updates", "[]"));
        fake.enqueueUpdate(reaction);
        assertEquals(List.of(), poll(Map.of()), "an empty list restores the default");
    }

    @Test
    void answers409WhileAWebhookIsSet() {
        fake.setWebhookUrl("https://example.org/hook");
        BotApiClient.Reply reply = client.get("getUpdates", Map.of());

        assertEquals(409, reply.status());
        assertEquals("Conflict: can't use getUpdates method while webhook is active;"
                + " use deleteWebhook to delete the webhook first", reply.description());
        BotApiClient.Reply deleted = client.get("deleteWebhook", Map.of());
        assertEquals("{\"ok\":true,\"result\":true,\"description\":\"Webhook was deleted\"}", deleted.body());
        assertEquals(200, client.get("getUpdates", Map.of()).status());
    }

    @Test
    void dropsPendingUpdatesOnDeleteWebhookWhenAsked() {
        fake.enqueueMessage(1, 1, "a");
        assertEquals(1, client.get("getWebhookInfo", Map.of()).json().object("result")
                .longValue("pending_update_count"));

        client.get("deleteWebhook", Map.of("drop_pending_updates", "true"));

        assertEquals(List.of(), poll(Map.of()));
    }

    @Test
    void setsAWebhookOnlyForHttpsUrls() {
        BotApiClient.Reply http = client.get("setWebhook", Map.of("url", "http://example.org/hook"));
        assertEquals(400, http.status());
        assertEquals("Bad Request: bad webhook: An HTTPS URL must be provided for webhook", http.description());

        assertTrue(client.get("setWebhook", Map.of("url", "https://example.org/hook")).json().bool("result"));
        assertEquals("https://example.org/hook",
                client.get("getWebhookInfo", Map.of()).json().object("result").string("url"));
    }
}
