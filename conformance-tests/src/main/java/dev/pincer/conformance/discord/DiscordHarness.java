package dev.pincer.conformance.discord;

import dev.pincer.conformance.check.RecordingInbox;
import dev.pincer.conformance.fake.discord.FakeDiscordRest;
import dev.pincer.conformance.fake.discord.FakeGateway;
import dev.pincer.conformance.fake.discord.InteractionSender;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.context.Egress;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.runtime.context.MapConfig;
import dev.pincer.runtime.context.RecordingLog;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.context.SimpleChannelContext;
import dev.pincer.runtime.context.SqliteState;
import dev.pincer.runtime.context.VirtualClock;
import dev.pincer.runtime.inbound.InboundServer;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.spi.Channel;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A Discord channel under test, wired as the runtime would wire it, against the fake REST API,
 * Gateway and Interactions sender.
 *
 * <p>The egress maps {@code discord.com} and {@code gateway.discord.gg} to the fakes on loopback; the
 * clock is virtual and shared with the fakes; the state is a real SQLite file that survives
 * {@link #restart()}; each instance gets its own inbound server for webhooks.
 */
final class DiscordHarness implements AutoCloseable {
    static final String TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GcOnFm.c0nformanceT0kenZq3xW8kP1vT6rY2uN9m";
    static final String SECRET_NAME = "DISCORD_BOT_TOKEN";
    static final String REST_HOST = "discord.com";
    static final String GATEWAY_HOST = "gateway.discord.gg";
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    final VirtualClock clock = new VirtualClock(START);
    final FakeDiscordRest rest;
    final FakeGateway gateway;
    final InteractionSender interactions = new InteractionSender();
    final SecretVault vault;
    final RecordingInbox inbox = new RecordingInbox(clock);

    private final LoadedIntegration integration;
    private final SpecLibrary specs;
    private final long seed;
    private final Path workDir;
    private final List<String> emitted = Collections.synchronizedList(new ArrayList<>());
    private final List<RecordingLog> logs = Collections.synchronizedList(new ArrayList<>());
    private final List<Egress> egresses = Collections.synchronizedList(new ArrayList<>());
    private Channel channel;
    private Egress egress;
    private SqliteState state;
    private InboundServer inbound;
    private int instances;
    private long nextMessageId = 1310000000000000101L;
    private final Map<String, Integer> seqs = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running;

    DiscordHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        this.integration = integration;
        this.specs = specs;
        this.seed = seed;
        this.workDir = Files.createTempDirectory("pincer-conform-");
        this.rest = FakeDiscordRest.start(TOKEN, clock::now);
        this.gateway = FakeGateway.start(TOKEN, clock::now);
        this.vault = new SecretVault(Map.of(SECRET_NAME, TOKEN), manifest().secrets());
    }

    /** A second, independent harness for the same integration, with {@code otherSeed}. */
    DiscordHarness sibling(long otherSeed) throws IOException {
        return new DiscordHarness(integration, specs, otherSeed);
    }

    long seed() {
        return seed;
    }
    JsonObject fixture(String name) {
        return Json.parseObject(specs.fixture(name).content());
    }

    Manifest manifest() {
        return integration.manifest();
    }

    /** Creates a fresh instance of the channel, as after a process start, and calls its {@code start}. */
    void start() {
        Manifest manifest = manifest();
        egress = new Egress(manifest.name(), manifest.egress(), vault,
                Map.of(REST_HOST, rest.baseUri(), GATEWAY_HOST, gateway.baseUri()), clock);
        egresses.add(egress);
        state = SqliteState.open(workDir.resolve("state.db"), manifest.name());
        inbound = InboundServer.start(new InetSocketAddress("127.0.0.1", 0), problem -> { });
        RecordingLog log = new RecordingLog(clock, vault, line -> { });
        logs.add(log);
        Map<String, String> config = new HashMap<>(manifest.config());
        config.put("DISCORD_PUBLIC_KEY", interactions.publicKeyHex());
        var context = SimpleChannelContext.builder()
                .name(manifest.name()).http(egress).secrets(vault.secrets()).clock(clock)
                .random(new Random(seed * 31 + instances++)).log(log).state(state)
                .config(new MapConfig(config)).webhooks(inbound.webhooksFor(manifest.name())).inbox(inbox)
                .build();
        channel = integration.newInstance(Channel.class);
        running = true;
        try {
            channel.start(context);
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }

    /** The URL of the interactions endpoint the current instance registered, if any. */
    Optional<URI> interactionsEndpoint() {
        return inbound.endpoints(manifest().name()).stream().filter(u -> u.getPath().endsWith("/interactions")).findFirst();
    }

    private void remember(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            emitted.add(String.valueOf(t.getMessage()));
        }
    }

    /** One receive round. */
    ReceiveResult receive() throws InterruptedException {
        try {
            ReceiveResult result = channel.receive();
            if (result == null) {
                throw new IllegalStateException("receive() returned null; Channel.receive must return a ReceiveResult");
            }
            switch (result) {
                case ReceiveResult.Continue c -> { }
                case ReceiveResult.RetryAfter r -> emitted.add(r.reason());
                case ReceiveResult.Stop s -> emitted.add(s.reason());
            }
            return result;
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }

    /** Receives as the runtime does until {@code done} holds, the channel stops, or {@code maxRounds} ran. */
    List<ReceiveResult> receiveUntil(BooleanSupplier done, int maxRounds) throws InterruptedException {
        List<ReceiveResult> results = new ArrayList<>();
        for (int round = 0; round < maxRounds && !done.getAsBoolean(); round++) {
            ReceiveResult result = receive();
            results.add(result);
            if (result instanceof ReceiveResult.RetryAfter retry) {
                clock.sleep(retry.delay());
            } else if (result instanceof ReceiveResult.Stop) {
                break;
            }
        }
        return results;
    }

    /** Starts the channel and receives until it identified or resumed, then one round more. */
    void startAndConnect() throws InterruptedException {
        start();
        connected();
    }

    /** Receives until the gateway has a live session for the current connection, then one round more. */
    void connected() throws InterruptedException {
        int before = gateway.connections().size();
        receiveUntil(() -> gateway.connections().size() > before && !gateway.frames().isEmpty()
                && gateway.frames().getLast().op() >= 2, 20);
        receive();
    }

    /** Dispatches a MESSAGE_CREATE like fixture {@code dc-message-create}, with a fresh id; returns the id. */
    String dispatchMessage(String channelId, String text) {
        String id = Long.toString(nextMessageId++);
        Map<String, Json> d = new LinkedHashMap<>(fixture("dc-message-create").object("d").members());
        d.put("id", Json.of(id));
        d.put("channel_id", Json.of(channelId));
        d.put("content", Json.of(text));
        seqs.put(id, gateway.dispatch("MESSAGE_CREATE", Json.object(d)));
        return id;
    }

    /** The gateway sequence number message {@code id} was dispatched with. */
    int seqOf(String id) {
        return seqs.getOrDefault(id, -1);
    }

    SendResult send(OutboundMessage message) throws InterruptedException {
        try {
            SendResult result = channel.send(message);
            if (result == null) {
                throw new IllegalStateException("send() returned null; Channel.send must return a SendResult");
            }
            switch (result) {
                case SendResult.Delivered d -> { }
                case SendResult.RetryLater r -> emitted.add(r.reason());
                case SendResult.Failed f -> emitted.add(f.reason());
            }
            return result;
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }

    /** Stops the current instance as the runtime does: {@code stop()}, interrupt the receiver, close egress. */
    void stop(Thread receiver) {
        if (!running) {
            return;
        }
        running = false;
        try {
            channel.stop();
        } catch (RuntimeException e) {
            remember(e);
        }
        if (receiver != null) {
            receiver.interrupt();
        }
        egress.close();
        inbound.close();
        state.close();
    }

    /** Stops the current instance and starts a new one on the same durable state. */
    void restart() {
        stop(null);
        start();
    }

    /** Every request every instance made through its egress, in order. */
    List<EgressRecord> egressRecords() {
        synchronized (egresses) {
            return egresses.stream().flatMap(e -> e.records().stream()).sorted(Comparator.comparing(EgressRecord::at)).toList();
        }
    }

    /** True for a request the runtime refused because the channel was already stopping. */
    static boolean afterStop(EgressRecord record) {
        return record.outcome().endsWith("the integration is stopping");
    }

    /** Every text the channel emitted: log lines, result reasons and exception messages. */
    List<String> emittedTexts() {
        List<String> texts = new ArrayList<>(emitted);
        synchronized (logs) {
            logs.forEach(log -> log.lines().forEach(line -> texts.add(line.message())));
        }
        return texts;
    }

    @Override
    public void close() {
        if (running) {
            stop(null);
        }
        rest.close();
        gateway.close();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) { // a temp dir left behind is harmless
        }
    }
}
