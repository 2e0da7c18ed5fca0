package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.RecordingInbox;
import dev.pincer.conformance.fake.slack.EventAnswer;
import dev.pincer.conformance.fake.slack.EventRequest;
import dev.pincer.conformance.fake.slack.FakeSlack;
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
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A Slack channel under test, wired as the runtime would wire it, against the fake Slack.
 *
 * <p>The channel's egress maps {@code slack.com} to the fake; its webhooks are served by a runtime
 * inbound server on 127.0.0.1 (one per instance, since an instance cannot unregister its endpoint),
 * to which the fake's Events sender posts; the clock is virtual and shared with the fake; state is
 * a real SQLite file that survives {@link #restart()}. Every text the channel emits is kept for the
 * secret invariant.
 */
final class SlackHarness implements AutoCloseable {
    static final String TOKEN = "xoxb-7311452290-5512345678901-C0nformanceT0kenSlackZq3x";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99conformance";
    static final String TOKEN_NAME = "SLACK_BOT_TOKEN";
    static final String SIGNING_NAME = "SLACK_SIGNING_SECRET";
    static final String HOST = "slack.com";
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    final VirtualClock clock = new VirtualClock(START);
    final FakeSlack fake;
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
    private volatile boolean running;

    SlackHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        this.integration = integration;
        this.specs = specs;
        this.seed = seed;
        this.workDir = Files.createTempDirectory("pincer-conform-");
        this.fake = FakeSlack.start(TOKEN, SIGNING_SECRET, clock::now);
        this.vault = new SecretVault(Map.of(TOKEN_NAME, TOKEN, SIGNING_NAME, SIGNING_SECRET), manifest().secrets());
    }

    /** A second, independent harness for the same integration, whose randomness uses {@code otherSeed}. */
    SlackHarness sibling(long otherSeed) throws IOException {
        return new SlackHarness(integration, specs, otherSeed);
    }

    /** The text of a spec fixture. */
    String fixture(String name) {
        return specs.fixture(name).content().strip();
    }

    long seed() {
        return seed;
    }

    Manifest manifest() {
        return integration.manifest();
    }

    /** Creates a fresh instance of the channel, as after a process start, and calls its {@code start}. */
    void start() {
        Manifest manifest = manifest();
        egress = new Egress(manifest.name(), manifest.egress(), vault, Map.of(HOST, fake.baseUri()), clock);
        egresses.add(egress);
        state = SqliteState.open(workDir.resolve("state.db"), manifest.name());
        inbound = InboundServer.start(new InetSocketAddress("127.0.0.1", 0), emitted::add);
        RecordingLog log = new RecordingLog(clock, vault, line -> {});
        logs.add(log);
        var context = SimpleChannelContext.builder()
                .name(manifest.name())
                .http(egress)
                .secrets(vault.secrets())
                .clock(clock)
                .random(new Random(seed * 31 + instances++))
                .log(log)
                .state(state)
                .config(new MapConfig(manifest.config()))
                .webhooks(inbound.webhooksFor(manifest.name()))
                .inbox(inbox)
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

    /** The endpoints the current instance registered. */
    List<URI> endpoints() {
        return inbound == null ? List.of() : inbound.endpoints(manifest().name());
    }

    /** Sends one Events API request to the current instance's {@code events} endpoint. */
    EventAnswer deliver(EventRequest request) throws InterruptedException {
        List<URI> registered = endpoints();
        URI endpoint = registered.stream().filter(u -> u.getPath().endsWith("/events")).findFirst()
                .orElse(registered.isEmpty() ? inbound.baseUri().resolve("/hooks/" + manifest().name() + "/events") : registered.get(0));
        EventAnswer answer = fake.events().send(endpoint, request);
        emitted.add(answer.body());
        return answer;
    }

    /** Delivers the fixture {@code name} as a correct first delivery. */
    EventAnswer deliverFixture(String name) throws InterruptedException {
        return deliver(EventRequest.of(fixture(name)));
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

    /** Sends one message. */
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

    /** Runs receive rounds on a thread of its own, as the runtime does, until stopped. */
    Thread receiveInBackground() {
        Thread thread = Thread.ofPlatform().daemon().name("receive").unstarted(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    ReceiveResult result = receive();
                    if (result instanceof ReceiveResult.Stop) {
                        return;
                    }
                    if (result instanceof ReceiveResult.RetryAfter retry) {
                        clock.sleep(retry.delay());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the runtime would log and restart; for the stop check, ending is what matters
            }
        });
        thread.start();
        return thread;
    }

    /** Stops the current instance as the runtime does: {@code stop()}, interrupt the threads, cancel HTTP. */
    void stop(Thread... threads) {
        if (!running) {
            return;
        }
        running = false;
        try {
            channel.stop();
        } catch (RuntimeException e) {
            remember(e);
        }
        for (Thread thread : threads) {
            thread.interrupt();
        }
        egress.close();
        inbound.close();
        state.close();
    }

    /** Stops the current instance and starts a new one on the same durable state. */
    void restart() {
        stop();
        start();
    }

    /** Every request every instance made through its egress, in order. */
    List<EgressRecord> egressRecords() {
        synchronized (egresses) {
            return egresses.stream().flatMap(e -> e.records().stream())
                    .sorted(Comparator.comparing(EgressRecord::at)).toList();
        }
    }

    /**
     * True for a request the channel attempted after it was stopped, which the runtime refused. A request
     * in flight at the stop that the runtime cancelled ("cancelled: the integration is stopping") is not one.
     */
    static boolean afterStop(EgressRecord record) {
        String outcome = record.outcome();
        return outcome.endsWith("not sent: the integration is stopping") || outcome.endsWith("not opened: the integration is stopping");
    }

    /** Every text the channel emitted: log lines, result reasons, exception messages and webhook answers. */
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
            stop();
        }
        fake.close();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
