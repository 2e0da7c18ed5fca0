package dev.pincer.runtime.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pincer.spi.WebhookRequest;
import dev.pincer.spi.WebhookResponse;
import dev.pincer.spi.Webhooks;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboundServerTest {
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final InboundServer server = InboundServer.start(new InetSocketAddress("127.0.0.1", 0), problems::add);
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(URI uri, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void handsTheHandlerTheRawBodyAndHeadersAndSendsItsResponse() throws Exception {
        AtomicReference<WebhookRequest> seen = new AtomicReference<>();
        URI uri = server.webhooksFor("slack").register("events", request -> {
            seen.set(request);
            return WebhookResponse.json(200, "{\"challenge\":\"abc\"}");
        });
        byte[] body = "{\"type\":\"url_verification\", \"challenge\":\"abc\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = post(URI.create(uri + "?x=1"), body, "X-Slack-Signature", "v0=00");

        assertEquals(server.baseUri().resolve("/hooks/slack/events"), uri);
        assertEquals(200, response.statusCode());
        assertEquals("{\"challenge\":\"abc\"}", response.body());
        assertEquals("events", seen.get().path());
        assertEquals("x=1", seen.get().query());
        assertEquals("v0=00", seen.get().header("x-slack-signature").orElseThrow());
        assertEquals(new String(body, StandardCharsets.UTF_8), seen.get().bodyText(), "the body arrives byte for byte");
        assertEquals(List.of(uri), server.endpoints("slack"));
    }

    @Test
    void answers503ItselfWhenAHandlerOverrunsTheDeadline() throws Exception {
        URI uri = server.webhooksFor("slow").register("events", request -> {
            Thread.sleep(Duration.ofMinutes(1));
            return WebhookResponse.ok();
        });
        long start = System.nanoTime();
        HttpResponse<String> response = post(uri, new byte[0]);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, response.statusCode());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "answered after " + took);
        assertEquals(List.of("webhook /hooks/slow/events did not answer within 2500 ms"), problems);
    }

    @Test
    void refusesBodiesOverTheLimitWithoutCallingTheHandler() throws Exception {
        AtomicReference<WebhookRequest> seen = new AtomicReference<>();
        URI uri = server.webhooksFor("big").register("events", request -> {
            seen.set(request);
            return WebhookResponse.ok();
        });
        HttpResponse<String> response = post(uri, new byte[WebhookRequest.MAX_BODY_BYTES + 1]);
        assertEquals(413, response.statusCode());
        assertEquals(null, seen.get());
    }

    @Test
    void aThrowingHandlerGets500AndIsReported() throws Exception {
        URI uri = server.webhooksFor("broken").register("events", request -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(500, post(uri, new byte[0]).statusCode());
        assertEquals(List.of("webhook /hooks/broken/events threw java.lang.IllegalStateException"), problems);
    }

    @Test
    void unknownPathsAre404AndIntegrationsCannotReachEachOthersEndpoints() throws Exception {
        server.webhooksFor("slack").register("events", request -> WebhookResponse.ok());
        assertEquals(404, post(server.baseUri().resolve("/hooks/slack/other"), new byte[0]).statusCode());
        assertEquals(404, post(server.baseUri().resolve("/hooks/slack/events/more"), new byte[0]).statusCode());
        assertEquals(List.of(), server.endpoints("discord"));
    }

    @Test
    void rejectsMalformedAndDuplicatePaths() {
        Webhooks webhooks = server.webhooksFor("slack");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> webhooks.register("../Events", request -> WebhookResponse.ok()));
        assertTrue(bad.getMessage().startsWith("webhook path '../Events' is not valid"), bad.getMessage());
        webhooks.register("events", request -> WebhookResponse.ok());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> webhooks.register("events", request -> WebhookResponse.ok()));
        assertEquals("integration 'slack' registered webhook 'events' twice", twice.getMessage());
    }

    @Test
    void aRestartedIntegrationRegistersItsWebhooksAgainAfterRelease() throws Exception {
        server.webhooksFor("slack").register("events", request -> WebhookResponse.text(200, "first"));
        server.release("slack");
        assertEquals(404, post(server.baseUri().resolve("/hooks/slack/events"), new byte[0]).statusCode());
        URI again = server.webhooksFor("slack").register("events", request -> WebhookResponse.text(200, "second"));
        assertEquals("second", post(again, new byte[0]).body());
    }
}
