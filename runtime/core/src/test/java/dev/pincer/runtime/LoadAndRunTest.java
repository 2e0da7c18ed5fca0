package dev.pincer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.pincer.runtime.context.Egress;
import dev.pincer.runtime.context.MapConfig;
import dev.pincer.runtime.context.RecordingLog;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.context.SimpleChannelContext;
import dev.pincer.runtime.context.SqliteState;
import dev.pincer.runtime.context.VirtualClock;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.spi.Acceptance;
import dev.pincer.spi.Channel;
import dev.pincer.spi.InboundMessage;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated-style channel, loaded confined and run against a real context. */
class LoadAndRunTest {

    private static final String PING_CHANNEL = """
            package example.ping;

            import dev.pincer.spi.Acceptance;
            import dev.pincer.spi.Channel;
            import dev.pincer.spi.ChannelContext;
            import dev.pincer.spi.Content;
            import dev.pincer.spi.HttpRequest;
            import dev.pincer.spi.HttpResponse;
            import dev.pincer.spi.InboundMessage;
            import dev.pincer.spi.OutboundMessage;
            import dev.pincer.spi.ReceiveResult;
            import dev.pincer.spi.Secret;
            import dev.pincer.spi.SendResult;
            import dev.pincer.spi.Sender;
            import java.net.URI;
            import java.time.Duration;
            import java.util.List;
            import java.util.function.Function;

            public class PingChannel implements Channel {
                record Endpoint(String path) {}

                private ChannelContext context;

                @Override
                public void start(ChannelContext context) {
                    this.context = context;
                }

                @Override
                public ReceiveResult receive() throws InterruptedException {
                    context.clock().sleep(Duration.ofSeconds(30));
                    InboundMessage message = new InboundMessage("1", "chat", "m1", new Sender("u", "U", false),
                            context.clock().now(), new Content.Text("hi"));
                    return switch (context.inbox().deliver(message)) {
                        case Acceptance.Accepted a -> ReceiveResult.idle();
                        case Acceptance.Duplicate d -> ReceiveResult.idle();
                        case Acceptance.Unavailable u -> ReceiveResult.retryAfter(Duration.ofSeconds(1), u.reason());
                    };
                }

                @Override
                public SendResult send(OutboundMessage message) throws InterruptedException {
                    Secret token = context.secrets().get("PING_TOKEN");
                    Function<Endpoint, URI> uri = endpoint ->
                            URI.create("https://api.ping.example/bot" + token.placeholder() + endpoint.path());
                    HttpResponse response = context.http().send(
                            HttpRequest.postJson(uri.apply(new Endpoint("/send")), "{\\"text\\":\\"" + message.text() + "\\"}"));
                    context.state().put("last", message.id());
                    context.log().info("sent " + message.id() + " with " + token.placeholder());
                    return response.successful()
                            ? new SendResult.Delivered(List.of(response.bodyText()))
                            : new SendResult.Failed("status " + response.status());
                }

                @Override
                public void stop() {
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aConfinedChannelReachesTheWorldOnlyThroughItsContext() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("src/example/ping"));
        Files.writeString(dir.resolve("src/example/ping/PingChannel.java"), PING_CHANNEL);
        Files.writeString(dir.resolve(Manifest.FILE_NAME), """
                {"kind":"channel","name":"ping","spec":"channels/ping","specVersion":"1.0",
                 "entry":"example.ping.PingChannel","egress":["api.ping.example"],
                 "secrets":{"PING_TOKEN":["api.ping.example"]},"config":{}}
                """);
        List<String> paths = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            byte[] body = "m-77".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        LoadedIntegration integration = LoadedIntegration.load(dir);
        Manifest manifest = integration.manifest();
        SecretVault vault = new SecretVault(Map.of("PING_TOKEN", "tok-123"), manifest.secrets());
        VirtualClock clock = new VirtualClock(Instant.parse("2025-01-01T00:00:00Z"));
        List<InboundMessage> inbox = new CopyOnWriteArrayList<>();
        List<String> logSink = new CopyOnWriteArrayList<>();
        try (Egress egress = new Egress(manifest.name(), manifest.egress(), vault,
                        Map.of("api.ping.example", URI.create("http://127.0.0.1:" + server.getAddress().getPort())), clock);
                SqliteState state = SqliteState.open(dir.resolve("state.db"), manifest.name())) {
            Channel channel = integration.newInstance(Channel.class);
            channel.start(SimpleChannelContext.builder().name(manifest.name()).http(egress).secrets(vault.secrets())
                    .clock(clock).random(new Random(1)).log(new RecordingLog(clock, vault, logSink::add)).state(state)
                    .config(new MapConfig(manifest.config())).inbox(message -> {
                        inbox.add(message);
                        return new Acceptance.Accepted();
                    }).build());

            ReceiveResult received = channel.receive();
            SendResult sent = channel.send(OutboundMessage.of("out-1", "chat", "hello"));

            assertEquals(ReceiveResult.idle(), received);
            assertEquals(Duration.ofSeconds(30), clock.totalSlept());
            assertEquals("hi", inbox.getFirst().text().orElseThrow());
            assertEquals(new SendResult.Delivered(List.of("m-77")), sent);
            assertEquals(List.of("/bottok-123/send"), paths);
            assertEquals(Optional.of("out-1"), state.get("last"));
            assertEquals(List.of("INFO sent out-1 with [secret:PING_TOKEN]"), logSink);
            assertTrue(egress.records().getFirst().uri().toString().contains(vault.secrets().get("PING_TOKEN").placeholder()));
        } finally {
            server.stop(0);
        }
    }
}
