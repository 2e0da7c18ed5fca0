package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.spi.Model;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model under test, wired as the runtime wires it, against a provider's fake.
 *
 * <p>Each {@link #start} makes a fresh instance in a fresh class loader, wired as {@link IntegrationHarness}
 * says. Every text the model emits (log lines, result texts and reasons, exception messages) is kept for the
 * secret invariant. A provider's harness adds its fake and the helpers its checks need.
 */
public abstract class ModelHarness extends IntegrationHarness {
    private Model model;

    /** A harness whose vault holds {@code secretValues} (possibly none), bound as the manifest says. */
    protected ModelHarness(LoadedIntegration integration, SpecLibrary specs, long seed, Map<String, String> secretValues)
            throws IOException {
        super(integration, specs, seed, secretValues);
    }

    /** The manifest's configuration with {@code overrides} put over it. */
    public final Map<String, String> exampleConfig(Map<String, String> overrides) {
        Map<String, String> config = new LinkedHashMap<>(manifest().config());
        config.putAll(overrides);
        return config;
    }

    /** Starts a fresh instance with the manifest's configuration. */
    @Override
    public final void start() {
        start(manifest().config());
    }

    /** Stops any running instance, then creates a fresh one and calls its {@code start} with {@code config}. */
    public final void start(Map<String, String> config) {
        stop();
        HarnessContext context = openContext(vault, config);
        starting(() -> {
            model = integration().newInstance(Model.class);
            model.start(context);
        });
    }

    @Override
    final void stopInstance() {
        if (model != null) {
            model.stop();
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
                    keep(reply.text());
                    reply.toolCalls().forEach(call -> keep(call.arguments().toString()));
                }
                case ModelResult.RetryAfter retry -> keep(retry.reason());
                case ModelResult.ContextTooLong tooLong -> keep(tooLong.reason());
                case ModelResult.Failed failed -> keep(failed.reason());
            }
            return result;
        } catch (RuntimeException e) {
            remember(e);
            throw e;
        }
    }
}
