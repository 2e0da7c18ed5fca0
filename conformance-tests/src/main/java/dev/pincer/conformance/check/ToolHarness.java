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
import dev.pincer.runtime.tool.ActionDeclaration;
import dev.pincer.spi.Clock;
import dev.pincer.spi.Config;
import dev.pincer.spi.Http;
import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.Log;
import dev.pincer.spi.Secrets;
import dev.pincer.spi.State;
import dev.pincer.spi.Tool;
import dev.pincer.spi.ToolInvocation;
import dev.pincer.spi.ToolOutcome;
import dev.pincer.spi.json.JsonObject;
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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A tool under test, wired as the runtime wires it, against a platform's fakes.
 *
 * <p>Each {@link #start()} makes a fresh instance (loaded with {@code Tool.class}) in a fresh class loader,
 * with egress that maps the platform's hosts to its fakes on loopback, the virtual clock shared with the
 * fakes, and a real SQLite state file that survives {@link #restart()}. {@link #call} checks the arguments
 * against the manifest's declaration first, as the runtime does. Every call is kept with the requests it
 * made, and every text the tool emits (log lines, results, reasons, exception messages) for the invariants.
 */
public abstract class ToolHarness implements AutoCloseable {
    /** Where the virtual clock starts. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    public final VirtualClock clock = new VirtualClock(START);
    public final SecretVault vault;

    /**
     * One {@code invoke}: what was asked, what came back (null if it threw or returned null), what it threw
     * (null if nothing), and the requests it made.
     */
    public record Call(ToolInvocation invocation, ToolOutcome outcome, Throwable thrown, List<EgressRecord> requests,
            Duration realTime) {}

    /** What a context is made of. */
    private record Context(String name, Http http, Secrets secrets, Clock clock, RandomGenerator random, Log log,
            State state, Config config) implements IntegrationContext {}

    private final LoadedIntegration integration;
    private final SpecLibrary specs;
    private final Map<String, String> secretValues;
    private final long seed;
    private final Path workDir;
    private final List<String> emitted = Collections.synchronizedList(new ArrayList<>());
    private final List<RecordingLog> logs = Collections.synchronizedList(new ArrayList<>());
    private final List<Egress> egresses = Collections.synchronizedList(new ArrayList<>());
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private Tool tool;
    private Egress egress;
    private SqliteState state;
    private int instances;
    private int callCount;
    private volatile boolean running;

    /** A harness whose vault holds {@code secretValues}, bound to hosts as the integration's manifest says. */
    protected ToolHarness(LoadedIntegration integration, SpecLibrary specs, long seed, Map<String, String> secretValues)
            throws IOException {
        this.integration = integration;
        this.specs = specs;
        this.seed = seed;
        this.workDir = Files.createTempDirectory("pincer-conform-tool-");
        this.secretValues = Map.copyOf(secretValues);
        this.vault = new SecretVault(this.secretValues, integration.manifest().secrets());
    }

    /** The platform's hosts, each mapped to the base URI of its fake. */
    protected abstract Map<String, URI> hostOverrides();

    /** Stops the platform's fakes; called once, after the tool stopped. */
    protected abstract void closeFakes();

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

    /** Starts a fresh instance with the manifest's configuration. */
    public final void start() {
        start(manifest().config(), vault);
    }

    /** Starts a fresh instance with this configuration and these secrets, as after a process start. */
    public final void start(Map<String, String> config, SecretVault secrets) {
        if (running) {
            stop();
        }
        Manifest manifest = manifest();
        egress = new Egress(manifest.name(), manifest.egress(), secrets, hostOverrides(), clock);
        egresses.add(egress);
        state = SqliteState.open(workDir.resolve("state.db"), manifest.name());
        RecordingLog log = new RecordingLog(clock, secrets, line -> { });
        logs.add(log);
        Context context = new Context(manifest.name(), egress, secrets.secrets(), clock,
                new Random(seed * 31 + instances++), log, state, new MapConfig(config));
        tool = integration.newInstance(Tool.class);
        running = true;
        try {
            tool.start(context);
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }

    /**
     * Calls {@code action} as the runtime does: the arguments are checked against the declaration first,
     * and the call gets the next id ({@code call-1}, {@code call-2}, …).
     *
     * @throws IllegalArgumentException if the manifest does not declare the action or the arguments do not fit it
     */
    public final ToolOutcome call(String action, JsonObject arguments) throws InterruptedException {
        ActionDeclaration declared = manifest().action(action).orElseThrow(() -> new IllegalArgumentException(
                "the manifest declares no action '" + action + "', so the runtime would not call it"));
        List<String> problems = declared.argumentProblems(arguments);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the suite's arguments for " + action + " do not fit the manifest's schema,"
                    + " so the runtime would not call it: " + problems);
        }
        return invoke(new ToolInvocation(nextId(), action, arguments));
    }

    /** The id the next {@link #call} gets. */
    public final synchronized String nextId() {
        return "call-" + ++callCount;
    }

    /** Calls {@code invoke} with exactly this invocation, checking nothing. */
    public final ToolOutcome invoke(ToolInvocation invocation) throws InterruptedException {
        int before = egressRecords().size();
        long start = System.nanoTime();
        ToolOutcome outcome = null;
        Throwable thrown = null;
        try {
            outcome = tool.invoke(invocation);
            if (outcome == null) {
                throw new NullOutcome("invoke(" + invocation.action() + ") returned null; Tool.invoke returns a ToolOutcome");
            }
            switch (outcome) {
                case ToolOutcome.Done done -> emitted.add(done.result().toString());
                case ToolOutcome.RetryAfter retry -> emitted.add(retry.reason());
                case ToolOutcome.Failed failed -> emitted.add(failed.reason());
            }
            return outcome;
        } catch (RuntimeException | InterruptedException e) {
            thrown = e;
            remember(e);
            throw e;
        } finally {
            List<EgressRecord> all = egressRecords();
            calls.add(new Call(invocation, outcome, thrown, all.subList(Math.min(before, all.size()), all.size()),
                    Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** {@code invoke} returned null. */
    public static final class NullOutcome extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        NullOutcome(String message) {
            super(message);
        }
    }

    /** Stops the current instance as the runtime does: {@code stop()}, interrupt the threads, cancel HTTP. */
    public final void stop(Thread... threads) {
        if (!running) {
            return;
        }
        running = false;
        try {
            tool.stop();
        } catch (RuntimeException e) {
            remember(e);
        }
        for (Thread thread : threads) {
            if (thread != null) {
                thread.interrupt();
            }
        }
        egress.close();
        state.close();
    }

    /** Stops the current instance and starts a new one on the same durable state. */
    public final void restart() {
        stop();
        start();
    }

    /** Every call so far, in the order they returned. */
    public final List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** Every request every instance made through its egress, in order. */
    public final List<EgressRecord> egressRecords() {
        synchronized (egresses) {
            return egresses.stream().flatMap(e -> e.records().stream()).sorted(Comparator.comparing(EgressRecord::at)).toList();
        }
    }

    /** True for a request attempted after the stop, which the runtime refused. */
    public static boolean afterStop(EgressRecord record) {
        return record.outcome().startsWith("refused:") && record.outcome().endsWith("the integration is stopping");
    }

    /** Every form in which a test secret could leak: its value, URL-encoded, and its placeholder. */
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

    /** Every text the tool emitted: log lines, results, reasons and exception messages. */
    public final List<String> emittedTexts() {
        List<String> texts = new ArrayList<>(emitted);
        synchronized (logs) {
            logs.forEach(log -> log.lines().forEach(line -> texts.add(line.message())));
        }
        return texts;
    }

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
