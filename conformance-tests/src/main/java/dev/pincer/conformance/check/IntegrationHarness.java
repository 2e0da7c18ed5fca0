package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.context.Egress;
import dev.pincer.runtime.context.EgressRecord;
import dev.pincer.runtime.context.MapConfig;
import dev.pincer.runtime.context.RecordingLog;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.context.SqliteState;
import dev.pincer.runtime.context.VirtualClock;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.manifest.Manifest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * An integration under test, wired as the runtime wires it, against a platform's fakes.
 *
 * <p>Each instance a kind's harness starts gets egress that maps the platform's hosts to its fakes on
 * loopback, the virtual clock shared with the fakes, a seeded random source, a recording log, and a real
 * SQLite state file in a temporary directory, which survives {@link #restart()}. Every text the integration
 * emits is kept for the secret invariant, and every request for the egress invariant. {@link ChannelHarness},
 * {@link ModelHarness} and {@link ToolHarness} add the calls of their kind; a platform's harness starts its
 * fakes, routes its hosts to them with {@link #routeToFake}, and adds the helpers its checks need.
 */
public abstract class IntegrationHarness implements AutoCloseable {
    /** Where the virtual clock starts. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    /** How long, in real time, an instance may take to end its calls after {@link #stop}. */
    private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

    public final VirtualClock clock = new VirtualClock(START);
    public final SecretVault vault;

    private final LoadedIntegration integration;
    private final SpecLibrary specs;
    private final Map<String, String> secretValues;
    private final long seed;
    private final Path workDir;
    private final List<String> emitted = Collections.synchronizedList(new ArrayList<>());
    private final List<RecordingLog> logs = Collections.synchronizedList(new ArrayList<>());
    private final List<Egress> egresses = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, URI> hostOverrides = new LinkedHashMap<>();
    private final List<Runnable> fakeClosers = new ArrayList<>();
    private Egress egress;
    private SqliteState state;
    private int stateFiles;
    private int instances;
    private volatile boolean running;

    /** A harness whose vault holds {@code secretValues} (possibly none), bound to hosts as the manifest says. */
    IntegrationHarness(LoadedIntegration integration, SpecLibrary specs, long seed, Map<String, String> secretValues)
            throws IOException {
        this.integration = integration;
        this.specs = specs;
        this.seed = seed;
        this.workDir = Files.createTempDirectory("pincer-conform-");
        this.secretValues = Map.copyOf(secretValues);
        this.vault = new SecretVault(this.secretValues, integration.manifest().secrets());
    }

    /** Creates a fresh instance, as after a process start, and calls its {@code start}. */
    public abstract void start();

    /** Calls {@code stop()} on the current instance. */
    abstract void stopInstance();

    /** Closes what the kind opened for the current instance besides egress and state; called by {@link #stop}. */
    void closeInstance() {
    }

    /**
     * Sends the integration's requests for {@code host} to {@code fakeBase}, where one of the platform's fakes
     * listens on loopback; {@code closeFake} stops that fake when the harness closes, after the integration stopped.
     */
    protected final void routeToFake(String host, URI fakeBase, Runnable closeFake) {
        hostOverrides.put(host, fakeBase);
        fakeClosers.add(closeFake);
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

    public final SpecLibrary specs() {
        return specs;
    }

    /**
     * Opens what a fresh instance gets, recording its requests and log lines: egress through {@code secrets}
     * to the fakes, the state, a log and a random source seeded from the harness's seed and the instance count.
     */
    final HarnessContext openContext(SecretVault secrets, Map<String, String> config) {
        Manifest manifest = manifest();
        egress = new Egress(manifest.name(), manifest.egress(), secrets, Map.copyOf(hostOverrides), clock);
        egresses.add(egress);
        state = SqliteState.open(workDir.resolve(stateFiles == 0 ? "state.db" : "state-" + stateFiles + ".db"), manifest.name());
        RecordingLog log = new RecordingLog(clock, secrets, line -> { });
        logs.add(log);
        return new HarnessContext(manifest.name(), egress, secrets.secrets(), clock, new Random(seed * 31 + instances++), log,
                state, new MapConfig(config));
    }

    /** Marks an instance as running, then runs {@code start}, keeping the messages of what it throws. */
    final void starting(Runnable start) {
        running = true;
        try {
            start.run();
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }

    /** True from the start of an instance until its stop. */
    final boolean running() {
        return running;
    }

    /** Stops the current instance as the runtime does: {@code stop()}, interrupt the threads, cancel HTTP. */
    public final void stop(Thread... threads) {
        if (!running) {
            return;
        }
        running = false;
        try {
            stopInstance();
        } catch (RuntimeException e) {
            remember(e);
        }
        for (Thread thread : threads) {
            if (thread != null) {
                thread.interrupt();
            }
        }
        egress.close();
        closeInstance();
        state.close();
    }

    /**
     * Stops as {@link #stop} does, then waits until each of {@code threads} ended or 5 s of real time passed
     * since the stop.
     *
     * @return the real time from the stop until the threads ended or the wait gave up
     */
    public final Duration stopAndJoin(Thread... threads) throws InterruptedException {
        long stopAt = System.nanoTime();
        stop(threads);
        for (int i = 0; i < threads.length; i++) {
            threads[i].join(i == 0 ? STOP_LIMIT
                    : Duration.ofMillis(Math.max(1, STOP_LIMIT.toMillis() - (System.nanoTime() - stopAt) / 1_000_000)));
        }
        return Duration.ofNanos(System.nanoTime() - stopAt);
    }

    /** Waits 100 ms of real time for late requests, then returns those attempted after the stop. */
    public final List<EgressRecord> requestsAfterStop() throws InterruptedException {
        Thread.sleep(100);
        return egressRecords().stream().filter(IntegrationHarness::afterStop).toList();
    }

    /** Waits in real time, checking every 5 ms, until {@code condition} holds or {@code limit} passed; true if it holds. */
    public static boolean awaitReal(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }

    /** Stops the current instance; the next one starts on a new, empty state. */
    final void freshState() {
        stop();
        stateFiles++;
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
     * True for a request the integration attempted after it was stopped, which the runtime refused; a request
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

    /** Every text the integration emitted: log lines, results, reasons, exception messages and what its kind adds. */
    public final List<String> emittedTexts() {
        List<String> texts = new ArrayList<>(emitted);
        synchronized (logs) {
            logs.forEach(log -> log.lines().forEach(line -> texts.add(line.message())));
        }
        return texts;
    }

    /** Keeps a text the integration produced, such as a webhook answer, for the secret invariant. */
    protected final void emit(String text) {
        keep(String.valueOf(text));
    }

    /** Keeps {@code text} as it is for the secret invariant. */
    final void keep(String text) {
        emitted.add(text);
    }

    /** Keeps the messages of an exception and of its causes, for the secret invariant. */
    public final void remember(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            emitted.add(String.valueOf(t.getMessage()));
        }
    }

    @Override
    public final void close() {
        stop();
        fakeClosers.forEach(Runnable::run);
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
