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
import dev.pincer.spi.Model;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A model under test, wired as the runtime wires it, against a provider's fake.
 *
 * <p>Each {@link #start} makes a fresh instance in a fresh class loader with egress that maps the provider's
 * hosts to the fake on loopback, the virtual clock, a seeded random source, a recording log and a real SQLite
 * state. Every text the model emits (log lines, result texts and reasons, exception messages) is kept for the
 * secret invariant. A provider's harness adds its fake and the helpers its checks need.
 */
public abstract class ModelHarness implements AutoCloseable {
    /** Where the virtual clock starts. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

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
    private Model model;
    private Egress egress;
    private SqliteState state;
    private int instances;
    private volatile boolean running;

    /** A harness whose vault holds {@code secretValues} (possibly none), bound as the manifest says. */
    protected ModelHarness(LoadedIntegration integration, SpecLibrary specs, long seed, Map<String, String> secretValues)
            throws IOException {
        this.integration = integration;
        this.specs = specs;
        this.seed = seed;
        this.workDir = Files.createTempDirectory("pincer-conform-");
        this.secretValues = Map.copyOf(secretValues);
        this.vault = new SecretVault(this.secretValues, integration.manifest().secrets());
    }

    /** The provider's hosts, each mapped to the base URI of its fake. */
    protected abstract Map<String, URI> hostOverrides();

    /** Stops the provider's fakes; called once, after the model stopped. */
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

    protected final SpecLibrary specs() {
        return specs;
    }

    /** The manifest's configuration with {@code overrides} put over it. */
    public final Map<String, String> exampleConfig(Map<String, String> overrides) {
        Map<String, String> config = new LinkedHashMap<>(manifest().config());
        config.putAll(overrides);
        return config;
    }

    /** Starts a fresh instance with the manifest's configuration. */
    public final void start() {
        start(manifest().config());
    }

    /** Stops any running instance, then creates a fresh one and calls its {@code start} with {@code config}. */
    public final void start(Map<String, String> config) {
        if (running) {
            stop();
        }
        Manifest manifest = manifest();
        egress = new Egress(manifest.name(), manifest.egress(), vault, hostOverrides(), clock);
        egresses.add(egress);
        state = SqliteState.open(workDir.resolve("state.db"), manifest.name());
        RecordingLog log = new RecordingLog(clock, vault, line -> { });
        logs.add(log);
        var context = new ModelContext(manifest.name(), egress, vault.secrets(), clock,
                new Random(seed * 31 + instances++), log, state, new MapConfig(config));
        running = true;
        try {
            model = integration.newInstance(Model.class);
            model.start(context);
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }

    /** Asks the current instance for a turn, keeping every text of the result for the secret invariant. */
    public final ModelResult complete(ModelRequest request) throws InterruptedException {
        try {
            ModelResult result = model.complete(request);
            if (result == null) {
                throw new IllegalStateException("complete() returned null; Model.complete must return a ModelResult");
            }
            switch (result) {
                case ModelResult.Reply reply -> {
                    emitted.add(reply.text());
                    reply.toolCalls().forEach(call -> emitted.add(call.arguments().toString()));
                }
                case ModelResult.RetryAfter retry -> emitted.add(retry.reason());
                case ModelResult.ContextTooLong tooLong -> emitted.add(tooLong.reason());
                case ModelResult.Failed failed -> emitted.add(failed.reason());
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
            if (model != null) {
                model.stop();
            }
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

    /** Every request every instance made through its egress, in order. */
    public final List<EgressRecord> egressRecords() {
        synchronized (egresses) {
            return egresses.stream().flatMap(e -> e.records().stream())
                    .sorted(Comparator.comparing(EgressRecord::at)).toList();
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

    /** Every text the model emitted: log lines, result texts and reasons, exception messages. */
    public final List<String> emittedTexts() {
        List<String> texts = new ArrayList<>(emitted);
        synchronized (logs) {
            logs.forEach(log -> log.lines().forEach(line -> texts.add(line.message())));
        }
        return texts;
    }

    /** Keeps the messages of an exception and of its causes, for the secret invariant. */
    public final void remember(Throwable error) {
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
