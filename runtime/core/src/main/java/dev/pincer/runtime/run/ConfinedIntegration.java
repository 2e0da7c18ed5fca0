package dev.pincer.runtime.run;

import dev.pincer.runtime.context.Egress;
import dev.pincer.runtime.context.EgressGate;
import dev.pincer.runtime.context.MapConfig;
import dev.pincer.runtime.context.RecordingLog;
import dev.pincer.runtime.context.SecretVault;
import dev.pincer.runtime.context.SimpleChannelContext;
import dev.pincer.runtime.context.SqliteState;
import dev.pincer.runtime.context.SystemClock;
import dev.pincer.runtime.load.CompilationException;
import dev.pincer.runtime.load.CompileCache;
import dev.pincer.runtime.load.IntegrationLoadException;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.runtime.manifest.ManifestException;
import dev.pincer.runtime.vet.Allowlist;
import dev.pincer.runtime.vet.Confinement;
import dev.pincer.spi.Inbox;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.Webhooks;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One integration as {@code pincer run} loads it: manifest read, sources compiled against the SPI only, classes
 * vetted at definition, and a context that grants exactly what the manifest names.
 */
final class ConfinedIntegration {
    private static final int RECORDS_KEPT = 200;

    private final Manifest manifest;
    private final LoadedIntegration loaded;
    private final SecretVault vault;
    private final Egress egress;
    private final RecordingLog log;
    private final SqliteState state;
    private final MapConfig config;

    private ConfinedIntegration(Manifest manifest, LoadedIntegration loaded, SecretVault vault, Egress egress,
            RecordingLog log, SqliteState state, MapConfig config) {
        this.manifest = manifest;
        this.loaded = loaded;
        this.vault = vault;
        this.egress = egress;
        this.log = log;
        this.state = state;
        this.config = config;
    }

    /**
     * Loads the integration of {@code settings}.
     *
     * @param slot where the configuration names it, such as {@code channels[0]}, for messages
     * @param kind the kind the slot needs
     * @throws RunConfigException if it cannot be loaded; the message says why and what to do
     */
    static ConfinedIntegration load(String slot, String kind, RunConfig.IntegrationSettings settings,
            Map<String, String> secretValues, Map<String, URI> redirects, Path stateFile, CompileCache compiled,
            Consumer<String> out) {
        Path dir = settings.directory();
        String where = slot + " (" + dir + ")";
        Manifest manifest;
        LoadedIntegration loaded;
        try {
            manifest = Manifest.read(dir.resolve(Manifest.FILE_NAME));
            if (!manifest.kind().equals(kind)) {
                throw new RunConfigException(where + " is a " + manifest.kind() + " integration, but " + slot
                        + " needs a " + kind + "; move it to the " + manifest.kind() + (manifest.kind().equals("model")
                        ? " section" : "s list") + " of pincer.yaml");
            }
            loaded = Confinement.confine(LoadedIntegration.load(dir, compiled), Allowlist.builtIn());
        } catch (ManifestException e) {
            throw new RunConfigException(where + ": " + e.getMessage());
        } catch (CompilationException e) {
            throw new RunConfigException(where + ": the sources do not compile against the Pincer SPI:\n"
                    + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String secret : manifest.secrets().keySet()) {
            String value = secretValues.get(secret);
            if (value == null) {
                // Not fatal: some integrations need a secret only in some configurations (a local model needs no key).
                // One that asks for it fails its start with the same command in the message.
                out.accept(manifest.name() + ": the secret " + secret + " is not stored; if it is needed, run: "
                        + "./pincer secret set " + secret);
            } else {
                values.put(secret, value);
            }
        }
        SecretVault vault = new SecretVault(values, manifest.secrets());
        Map<String, URI> overrides = new LinkedHashMap<>();
        redirects.forEach((host, target) -> {
            if (manifest.egress().contains(host)) {
                overrides.put(host, target);
            }
        });
        String name = manifest.name();
        Egress egress = new Egress(name, manifest.egress(), vault, overrides, new SystemClock()).keepingLastRecords(RECORDS_KEPT);
        RecordingLog log = new RecordingLog(new SystemClock(), vault, line -> out.accept(name + ": " + line))
                .keepingLastLines(RECORDS_KEPT);
        Map<String, String> config = new LinkedHashMap<>(manifest.config());
        config.putAll(settings.config());
        return new ConfinedIntegration(manifest, loaded, vault, egress, log, SqliteState.open(stateFile, name),
                new MapConfig(config));
    }

    /**
     * A new instance of the entry class, defined by a fresh confined class loader.
     *
     * @throws RunConfigException if the class cannot be defined or constructed
     */
    <T> T newInstance(Class<T> type) {
        try {
            return loaded.newInstance(type);
        } catch (IntegrationLoadException | dev.pincer.runtime.vet.ConfinementException e) {
            throw new RunConfigException(manifest.name() + " (" + manifest.file().getParent() + ") cannot be loaded: "
                    + e.getMessage() + "; `./pincer vet " + manifest.file().getParent() + "` lists what to fix");
        }
    }

    /** Has {@code gate} decide each of this integration's requests from now on. */
    void gateEgress(EgressGate gate) {
        egress.gatedBy(gate);
    }

    /** The context of a model, a tool or a guard: no inbox and no webhooks (and, for a guard, no hosts or secrets). */
    SimpleChannelContext context() {
        return context(message -> {
            throw new IllegalStateException("a " + manifest.kind() + " has no inbox");
        }, (path, handler) -> {
            throw new IntegrationException("a " + manifest.kind() + " serves no webhooks");
        });
    }

    /** The context the integration gets; {@code inbox} and {@code webhooks} matter only for channels. */
    SimpleChannelContext context(Inbox inbox, Webhooks webhooks) {
        return SimpleChannelContext.builder().name(manifest.name()).http(egress).secrets(vault.secrets())
                .clock(new SystemClock()).random(new SecureRandom()).log(log).state(state).config(config)
                .inbox(inbox).webhooks(webhooks).build();
    }

    Manifest manifest() {
        return manifest;
    }

    String name() {
        return manifest.name();
    }

    String redact(String text) {
        return vault.redact(text);
    }

    /** Cancels requests in flight and closes the state; called once the integration has stopped. */
    void close() {
        egress.close();
        state.close();
    }

    List<String> egressHosts() {
        return manifest.egress();
    }
}
