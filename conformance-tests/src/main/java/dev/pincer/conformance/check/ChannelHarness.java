package dev.pincer.conformance.check;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A chat channel under test, wired as the runtime wires it, against a platform's fakes.
 *
 * <p>Each {@link #start()} makes a fresh instance in a fresh class loader, with egress that maps the
 * platform's hosts to its fakes on loopback, a runtime inbound server for its webhooks, the virtual
 * clock shared with the fakes, and a real SQLite state file that survives {@link #restart()}. Every
 * text the channel emits (log lines, result reasons, exception messages, webhook answers) is kept
 * for the secret invariant. A platform's harness adds its fakes and the helpers its checks need.
 */
public abstract class ChannelHarness implements AutoCloseable {
    /** Where the virtual clock starts. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    public final VirtualClock clock = new VirtualClock(START);
    public final RecordingInbox inbox = new RecordingInbox(clock);
    public final SecretVault vault;

    private final LoadedIntegration integration;
    private final SpecLibrary specs;
    private final Map<String, String> secretValues;
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

    /** A harness whose vault holds {@code secretValues}, bound to hosts as the integration's manifest says. */
    protected ChannelHarness(LoadedIntegration integration, SpecLibrary specs, long seed, Map<String, String> secretValues)
            throws IOException {
        this.integration = integration;
        this.specs = specs;
        this.seed = seed;
        this.workDir = Files.createTempDirectory("pincer-conform-");
        this.secretValues = Map.copyOf(secretValues);
        this.vault = new SecretVault(this.secretValues, integration.manifest().secrets());
    }

    /** The platform's hosts, each mapped to the base URI of its fake. */
    protected abstract Map<String, URI> hostOverrides();

    /** Stops the platform's fakes; called once, after the channel stopped. */
    protected abstract void closeFakes();

    /** The configuration the channel gets; the manifest's defaults unless a platform adds to them. */
    protected Map<String, String> config(Manifest manifest) {
        return manifest.config();
    }

    public final Manifest manifest() {
        return integration.manifest();
    }

    public final long seed() {
        return seed;
    }

    protected final LoadedIntegration integration() {
        return integration;
    }

    protected final SpecLibrary specs() {
        return specs;
    }

    /** Keeps a text the channel produced, such as a webhook answer, for the secret invariant. */
    protected final void emit(String text) {
        emitted.add(String.valueOf(text));
    }

    /** Creates a fresh instance of the channel, as after a process start, and calls its {@code start}. */
    public final void start() {
        Manifest manifest = manifest();
        egress = new Egress(manifest.name(), manifest.egress(), vault, hostOverrides(), clock);
        egresses.add(egress);
        state = SqliteState.open(workDir.resolve("state.db"), manifest.name());
        inbound = InboundServer.start(new InetSocketAddress("127.0.0.1", 0), emitted::add);
        RecordingLog log = new RecordingLog(clock, vault, line -> { });
        logs.add(log);
        var context = SimpleChannelContext.builder()
                .name(manifest.name())
                .http(egress)
                .secrets(vault.secrets())
                .clock(clock)
                .random(new Random(seed * 31 + instances++))
                .log(log)
                .state(state)
                .config(new MapConfig(config(manifest)))
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

    /** The webhook endpoints the current instance registered. */
    public final List<URI> endpoints() {
        return inbound == null ? List.of() : inbound.endpoints(manifest().name());
    }

    /** The base URI of the current instance's inbound server. */
    protected final URI inboundBase() {
        return inbound.baseUri();
    }

    /** One receive round. */
    public final ReceiveResult receive() throws InterruptedException {
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
    public final List<ReceiveResult> receiveUntil(BooleanSupplier done, int maxRounds) throws InterruptedException {
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

    /** Runs receive rounds on a thread of its own, as the runtime does, until stopped. */
    public final Thread receiveInBackground() {
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

    /** Sends one message. */
    public final SendResult send(OutboundMessage message) throws InterruptedException {
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

    /** Stops the current instance as the runtime does: {@code stop()}, interrupt the threads, cancel HTTP. */
    public final void stop(Thread... threads) {
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
            if (thread != null) {
                thread.interrupt();
            }
        }
        egress.close();
        inbound.close();
        state.close();
    }

    /** Stops the current instance and starts a new one on the same durable state. */
    public final void restart() {
        stop();
        start();
    }

    /** Every request every instance made through its egress, in order. */
    public final List<EgressRecord> egressRecords() {
        synchronized (egresses) {
            return egresses.stream().flatMap(e -> e.records().stream())
                    .sorted(Comparator.comparing(EgressRecord::at)).toList();
        }
    }

    /**
     * True for a request the channel attempted after it was stopped, which the runtime refused; a request
     * already in flight at the stop, and cancelled by it, is not one.
     */
    public static boolean afterStop(EgressRecord record) {
        return record.outcome().startsWith("refused:") && record.outcome().endsWith("the integration is stopping");
    }

    /**
     * Every form in which a test secret could leak: its value, URL-encoded, and the placeholder that
     * stands for it (for the secrets the manifest names).
     */
    public final List<String> secretForms() {
        List<String> forms = new ArrayList<>();
        secretValues.forEach((name, value) -> {
            forms.add(value);
            forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            if (vault.names().contains(name)) {
                forms.add(vault.secrets().get(name).placeholder());
            }
        });
        return forms;
    }

    /**
     * The outcome of starting a fresh instance (restarting the current one) while the platform rejects
     * the credentials: whether {@code start()} threw, or the first {@code receive()} stopped, with a
     * reason {@code reasonOk} accepts.
     */
    public record StartRefusal(boolean reported, String observation) {}

    /** Starts a fresh instance expecting it to refuse to run; see {@link StartRefusal}. */
    public final StartRefusal startExpectingRefusal(java.util.function.Predicate<String> reasonOk) throws InterruptedException {
        try {
            if (running) {
                restart();
            } else {
                start();
            }
            ReceiveResult first = receive();
            return new StartRefusal(first instanceof ReceiveResult.Stop stop && reasonOk.test(stop.reason()),
                    "start() returned and the first receive() gave " + first);
        } catch (dev.pincer.spi.IntegrationException e) {
            return new StartRefusal(reasonOk.test(String.valueOf(e.getMessage())),
                    "start() threw IntegrationException: " + e.getMessage());
        }
    }

    /** Every text the channel emitted: log lines, result reasons, exception messages and webhook answers. */
    public final List<String> emittedTexts() {
        List<String> texts = new ArrayList<>(emitted);
        synchronized (logs) {
            logs.forEach(log -> log.lines().forEach(line -> texts.add(line.message())));
        }
        return texts;
    }

    /** Keeps the messages of an exception and of its causes, for the secret invariant. */
    private void remember(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            emitted.add(String.valueOf(t.getMessage()));
        }
    }

    @Override
    public final void close() {
        if (running) {
            stop();
        }
        closeFakes();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
