package dev.pincer.conformance.fake.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeGatewayTest {
    private static final String TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.G1a2b3.test-token";
    private final FakeGateway gateway = FakeGateway.start(TOKEN, () -> Instant.parse("2026-01-05T09:00:00Z"));

    @AfterEach
    void stop() {
        gateway.close();
    }

    private static String identify(String token, long intents) {
        return "{\"op\":2,\"d\":{\"token\":\"" + token + "\",\"intents\":" + intents
                + ",\"properties\":{\"os\":\"linux\",\"browser\":\"t\",\"device\":\"t\"}}}";
    }

    @Test
    void saysHelloAcksHeartbeatsAndGetsReadyOnIdentify() throws Exception {
        try (GatewayClient client = new GatewayClient(gateway.baseUri())) {
            assertEquals(41250, Json.parseObject(client.next()).object("d").longValue("heartbeat_interval"));
            client.send("{\"op\":1,\"d\":null}");
            assertEquals(11, Json.parseObject(client.next()).longValue("op"));
            client.send(identify(TOKEN, GatewayOp.MESSAGE_INTENTS));
            var ready = Json.parseObject(client.next());
            assertEquals("READY", ready.string("t"));
            assertEquals(gateway.sessionId(), ready.object("d").string("session_id"));
            assertEquals(1, gateway.identifies());
        }
    }

    @Test
    void acksAHeartbeatCarryingTheLastSequence() throws Exception {
        try (GatewayClient client = new GatewayClient(gateway.baseUri())) {
            client.next();
            client.send("{\"op\":1,\"d\":41}");
            assertEquals("{\"op\":11,\"d\":null}", client.next());
        }
    }

    @Test
    void closesWith4004OnAWrongToken() throws Exception {
        try (GatewayClient client = new GatewayClient(gateway.baseUri())) {
            client.next();
            client.send(identify("wrong", GatewayOp.MESSAGE_INTENTS));
            assertEquals("close 4004", client.next());
        }
    }

    @Test
    void replaysDispatchesAfterTheResumedSequence() throws Exception {
        try (GatewayClient first = new GatewayClient(gateway.baseUri())) {
            first.next();
            first.send(identify(TOKEN, GatewayOp.MESSAGE_INTENTS));
            first.next();
            gateway.dispatch("MESSAGE_CREATE", Json.parseObject("{\"id\":\"1\",\"content\":\"a\"}"));
            first.next();
            gateway.closeLive(4000);
        }
        gateway.dispatch("MESSAGE_CREATE", Json.parseObject("{\"id\":\"2\",\"content\":\"b\"}"));
        try (GatewayClient second = new GatewayClient(gateway.baseUri())) {
            second.next();
            second.send("{\"op\":6,\"d\":{\"token\":\"" + TOKEN + "\",\"session_id\":\"" + gateway.sessionId() + "\",\"seq\":2}}");
            var replayed = Json.parseObject(second.next());
            assertEquals(3, replayed.longValue("s"));
            assertEquals("b", replayed.object("d").string("content"));
            assertEquals("RESUMED", Json.parseObject(second.next()).string("t"));
        }
    }

    @Test
    void blanksContentWithoutTheMessageContentIntent() throws Exception {
        try (GatewayClient client = new GatewayClient(gateway.baseUri())) {
            client.next();
            client.send(identify(TOKEN, (1 << 9) | (1 << 12)));
            client.next();
            gateway.dispatch("MESSAGE_CREATE", Json.parseObject("{\"id\":\"1\",\"content\":\"secret plans\"}"));
            assertTrue(client.next().contains("\"content\":\"\""));
        }
    }
}
