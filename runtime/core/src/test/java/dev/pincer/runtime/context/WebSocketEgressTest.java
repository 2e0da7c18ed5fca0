package dev.pincer.runtime.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.WebSocket;
import dev.pincer.spi.WebSocketEvent;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebSocketEgressTest {
    private static final String TOKEN = "discord-bot-token-123";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final EchoServer server = new EchoServer();
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final SecretVault vault = new SecretVault(Map.of("DISCORD_BOT_TOKEN", TOKEN),
            Map.of("DISCORD_BOT_TOKEN", List.of("gateway.discord.gg")));
    private Egress egress;

    @AfterEach
    void stop() throws InterruptedException {
        if (egress != null) {
            egress.close();
        }
        server.stop(1000);
    }

    private Egress egress() throws InterruptedException {
        server.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.getPort() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        egress = new Egress("discord", List.of("gateway.discord.gg", "discord.com"), vault,
                Map.of("gateway.discord.gg", URI.create("http://127.0.0.1:" + server.getPort())), clock);
        return egress;
    }

    @Test
    void opensSendsAndReceivesWithTheSecretFilledInForItsHostOnly() throws Exception {
        String placeholder = vault.secrets().get("DISCORD_BOT_TOKEN").placeholder();
        WebSocket socket = egress().openWebSocket(URI.create("wss://gateway.discord.gg/?v=10&encoding=json"),
                Map.of("Authorization", List.of("Bot " + placeholder)));

        assertEquals(Optional.of(new WebSocketEvent.Text("{\"op\":10}")), socket.receive(Duration.ofSeconds(5)));
        socket.sendText("{\"op\":2,\"d\":{\"token\":\"" + placeholder + "\"}}");
        assertEquals(Optional.of(new WebSocketEvent.Text("echo {\"op\":2,\"d\":{\"token\":\"" + TOKEN + "\"}}")),
                socket.receive(Duration.ofSeconds(5)));
        assertEquals(List.of("Bot " + TOKEN), authorizations);
        EgressRecord record = egress.records().get(0);
        assertEquals("WEBSOCKET", record.method());
        assertTrue(record.uri().toString().startsWith("wss://gateway.discord.gg/"), record.uri()::toString);
        assertEquals(101, record.status());
    }

    @Test
    void waitingForAQuietSocketMovesVirtualTimeInsteadOfRealTime() throws Exception {
        WebSocket socket = egress().openWebSocket(URI.create("wss://gateway.discord.gg/"), Map.of());
        socket.receive(Duration.ofSeconds(5)); // the hello
        Instant before = clock.now();
        long realStart = System.nanoTime();
        Optional<WebSocketEvent> nothing = socket.receive(Duration.ofSeconds(41));
        Duration real = Duration.ofNanos(System.nanoTime() - realStart);
        assertEquals(Optional.empty(), nothing);
        assertEquals(Duration.ofSeconds(41), Duration.between(before, clock.now()));
        assertTrue(real.compareTo(Duration.ofSeconds(2)) < 0, "waited " + real + " of real time");
    }

    @Test
    void refusesPlainWsForeignHostsAndSecretsBoundElsewhere() throws Exception {
        Egress egress = egress();
        EgressException plain = assertThrows(EgressException.class,
                () -> egress.openWebSocket(URI.create("ws://gateway.discord.gg/"), Map.of()));
        assertEquals("integration 'discord' may open only wss WebSockets, but WEBSOCKET ws://gateway.discord.gg/ uses ws;"
                + " write wss://gateway.discord.gg/...", plain.getMessage());
        EgressException foreign = assertThrows(EgressException.class,
                () -> egress.openWebSocket(URI.create("wss://evil.example.org/"), Map.of()));
        assertEquals(EgressException.Kind.REFUSED, foreign.kind());
        WebSocket socket = egress.openWebSocket(URI.create("wss://gateway.discord.gg/"), Map.of());
        SecretVault other = new SecretVault(Map.of("OTHER", "other-secret"), Map.of("OTHER", List.of("discord.com")));
        assertEquals(EgressException.Kind.REFUSED, assertThrows(EgressException.class,
                () -> new Egress("discord", List.of("gateway.discord.gg", "discord.com"), other,
                        Map.of("gateway.discord.gg", URI.create("http://127.0.0.1:" + server.getPort())), clock)
                        .openWebSocket(URI.create("wss://gateway.discord.gg/?t=" + other.secrets().get("OTHER").placeholder()), Map.of()))
                .kind());
        assertTrue(egress.records().stream().anyMatch(r -> r.outcome().startsWith("refused")));
        socket.close(1000, "done");
    }

    @Test
    void closingTheEgressEndsItsSocketsAndReportsTheClose() throws Exception {
        WebSocket socket = egress().openWebSocket(URI.create("wss://gateway.discord.gg/"), Map.of());
        socket.receive(Duration.ofSeconds(5));
        egress.close();
        Optional<WebSocketEvent> event = socket.receive(Duration.ofSeconds(5));
        assertTrue(event.orElseThrow() instanceof WebSocketEvent.Closed, event::toString);
        assertThrows(EgressException.class, () -> socket.sendText("late"));
    }

    @Test
    void aServerCloseArrivesWithItsCodeAndStaysClosed() throws Exception {
        WebSocket socket = egress().openWebSocket(URI.create("wss://gateway.discord.gg/"), Map.of());
        socket.receive(Duration.ofSeconds(5));
        socket.sendText("close 4004");
        WebSocketEvent.Closed closed = (WebSocketEvent.Closed) socket.receive(Duration.ofSeconds(5)).orElseThrow();
        assertEquals(4004, closed.code());
        assertEquals("Authentication failed.", closed.reason());
        assertEquals(Optional.of(closed), socket.receive(Duration.ofSeconds(1)));
    }

    /** Says hello on open, echoes text, and closes with a code on "close N". */
    private final class EchoServer extends WebSocketServer {
        EchoServer() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(org.java_websocket.WebSocket conn, ClientHandshake handshake) {
            if (handshake.hasFieldValue("Authorization")) {
                authorizations.add(handshake.getFieldValue("Authorization"));
            }
            conn.send("{\"op\":10}");
        }

        @Override
        public void onMessage(org.java_websocket.WebSocket conn, String message) {
            received.add(message);
            if (message.startsWith("close ")) {
                conn.close(Integer.parseInt(message.substring(6)), "Authentication failed.");
            } else if (conn.isOpen()) {
                conn.send("echo " + message);
            }
        }

        @Override
        public void onClose(org.java_websocket.WebSocket conn, int code, String reason, boolean remote) {}

        @Override
        public void onError(org.java_websocket.WebSocket conn, Exception ex) {}

        @Override
        public void onStart() {}
    }
}
