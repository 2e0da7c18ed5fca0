package dev.pincer.runtime.run;

import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.guard.GuardChain;
import dev.pincer.runtime.guard.LoadedGuard;
import dev.pincer.runtime.load.CompileCache;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.runtime.manifest.ManifestException;
import dev.pincer.runtime.supervise.TimedCall;
import dev.pincer.spi.Guard;
import dev.pincer.spi.IntegrationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Loads and starts the guards {@code pincer.yaml} names, confined like every integration, as one {@link GuardChain}. */
public final class Guards {
    private static final Duration START_LIMIT = Duration.ofSeconds(10);

    private Guards() {}

    /**
     * Loads each of {@code config.guards()} confined, starts it (at most 10 s) with a context of clock, randomness,
     * log, durable state and configuration — no hosts, no secrets — and returns them in order.
     *
     * @param dataDir the data directory; guards keep their state in its {@code state.db}, keyed by their names
     * @param secretValues the owner's stored secrets, used only to redact the guards' reasons and log lines
     * @param out receives one line per event worth telling the owner, such as a guard's log line
     * @return the started guards; close it to stop them
     * @throws RunConfigException if a guard cannot be loaded or refuses to start, or its name is taken by another
     *     integration of {@code config}; no guard keeps running
     */
    public static GuardChain start(RunConfig config, Path dataDir, Map<String, String> secretValues, Consumer<String> out) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(out, "out");
        SecretVault everySecret = new SecretVault(Map.copyOf(secretValues), Map.of());
        Map<String, Path> taken = otherNames(config);
        CompileCache compiled = CompileCache.in(dataDir.resolve("cache").resolve("compiled"));
        List<LoadedGuard> started = new ArrayList<>();
        try {
            for (int i = 0; i < config.guards().size(); i++) {
                String slot = "guards[" + i + "]";
                ConfinedIntegration confined = ConfinedIntegration.load(slot, "guard", config.guards().get(i), Map.of(),
                        Map.of(), dataDir.resolve("state.db"), compiled, out);
                Path dir = confined.manifest().file().getParent();
                Path earlier = taken.putIfAbsent(confined.name(), dir);
                if (earlier != null) {
                    confined.close();
                    throw new RunConfigException(slot + " (" + dir + ") is named '" + confined.name() + "' in its "
                            + "pincer.json, like " + earlier + "; the name keys the integration's state and messages, "
                            + "so give one of them another \"name\"");
                }
                started.add(start(confined, everySecret));
            }
        } catch (RuntimeException e) {
            GuardChain.of(started).close();
            throw e;
        }
        return GuardChain.of(started);
    }

    private static LoadedGuard start(ConfinedIntegration confined, SecretVault everySecret) {
        Guard guard;
        try {
            guard = confined.newInstance(Guard.class);
            TimedCall.start("guard '" + confined.name() + "'", START_LIMIT, Duration.ofSeconds(1),
                    () -> guard.start(confined.context()), confined::redact);
        } catch (IntegrationException e) {
            confined.close();
            throw new RunConfigException(everySecret.redact(e.getMessage()) + " (" + confined.manifest().file().getParent()
                    + ")");
        } catch (RuntimeException e) {
            confined.close();
            throw e;
        }
        return new LoadedGuard(confined.name(), guard, text -> everySecret.redact(confined.redact(text)), confined::close);
    }

    /** The names of the configuration's other integrations, which a guard may not take; unreadable ones are skipped. */
    private static Map<String, Path> otherNames(RunConfig config) {
        Map<String, Path> names = new HashMap<>();
        if (config.localChat().enabled()) {
            names.put(Assistant.LOCAL_CHAT, Path.of("(the built-in local chat)"));
        }
        List<RunConfig.IntegrationSettings> others = new ArrayList<>(config.channels());
        others.addAll(config.tools());
        config.model().ifPresent(others::add);
        for (RunConfig.IntegrationSettings settings : others) {
            manifestName(settings.directory()).ifPresent(name -> names.putIfAbsent(name, settings.directory()));
        }
        return names;
    }

    private static Optional<String> manifestName(Path dir) {
        try {
            return Optional.of(Manifest.read(dir.resolve(Manifest.FILE_NAME)).name());
        } catch (ManifestException e) {
            return Optional.empty(); // the assistant reports it when it loads that integration
        }
    }
}
