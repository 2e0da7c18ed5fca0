package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.RecordingInbox;
import dev.pincer.conformance.fake.telegram.FakeTelegram;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.context.Egress;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.runtime.context.MapConfig;
import dev.pincer.runtime.context.RecordingLog;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.context.SimpleChannelContext;
import dev.pincer.runtime.context.SqliteState;
import dev.pincer.runtime.context.VirtualClock;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.spi.Channel;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A Telegram channel under test, wired as the runtime would wire it, against the fake Bot API.
 *
 * <p>The channel's egress maps {@code api.telegram.org} to the fake on loopback; its clock is
 * virtual and shared with the fake; its state is a real SQLite file that survives
 * {@link #restart()}. Every text the channel emits (log lines, result reasons, exception messages)
 * is kept for the secret invariant.
 */
final class TelegramHarness implements AutoCloseable {
    static final String TOKEN = "7311452290:AAHc0nformanceT0kenZq3xW8kP1vT6rY2uN9m";
    static final String SECRET_NAME = "TELEGRAM_BOT_TOKEN";
    static final String HOST = "api.telegram.org";
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    final VirtualClock clock = new VirtualClock(START);
    final FakeTelegram fake;
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
    private int instances;
    private volatile boolean running;

    TelegramHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        this.integration = integration;
        this.specs = specs;
        this.seed = seed;
        this.workDir = Files.createTempDirectory("pincer-conform-");
        this.fake = FakeTelegram.start(TOKEN, clock::now);
        this.fake.setLongPollHold(Duration.ofMillis(5));
        this.vault = new SecretVault(Map.of(SECRET_NAME, TOKEN), manifest().secrets());
    }

    /** A second, independent harness for the same integration, whose randomness uses {@code otherSeed}. */
    TelegramHarness sibling(long otherSeed) throws IOException {
        return new TelegramHarness(integration, specs, otherSeed);
    }

    /** The body of a spec fixture, parsed as a JSON object. */
    JsonObject fixture(String name) {
        return Json.parseObject(specs.fixture(name).content());
    }

    /** Queues a fixture update at the fake under a fresh update_id, which it returns. */
    long enqueueFixture(String name) {
        Map<String, Json> members = new LinkedHashMap<>(fixture(name).members());
        members.remove("update_id");
        return fake.enqueueUpdate(Json.object(members).toString());
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

    /** Keeps the messages of an exception and of its causes, for the secret invariant. */
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

    /**
     * Receives as the runtime does, until {@code done} holds, the channel stops, or {@code maxRounds} ran:
     * after a {@link ReceiveResult.RetryAfter} it waits the delay on the virtual clock.
     */
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

    /** Receives until every update in {@code updateIds} was accepted, then once more so the last ones are acknowledged. */
    List<ReceiveResult> receiveAll(List<Long> updateIds, int maxRounds) throws InterruptedException {
        List<ReceiveResult> results = receiveUntil(
                () -> updateIds.stream().allMatch(id -> inbox.hasAccepted(Long.toString(id))), maxRounds);
        if (results.stream().noneMatch(r -> r instanceof ReceiveResult.Stop)) {
            results.add(receive());
        }
        return results;
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
                    if (receiveUntil(() -> false, 1).stream().anyMatch(r -> r instanceof ReceiveResult.Stop)) {
                        return;
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

    /** Stops the current instance as the runtime does: {@code stop()}, interrupt the receiver, cancel HTTP. */
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
            return egresses.stream().flatMap(e -> e.records().stream())
                    .sorted(Comparator.comparing(EgressRecord::at)).toList();
        }
    }

    /**
     * True for a request the channel attempted after it was stopped, which the runtime refused; a request
     * already in flight at the stop, and cancelled by it, is not one.
     */
    static boolean afterStop(EgressRecord record) {
        return record.outcome().startsWith("refused:") && record.outcome().endsWith("the integration is stopping");
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
        fake.close();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
