package dev.pincer.runtime.agent;

import dev.pincer.runtime.supervise.Outcome;
import dev.pincer.runtime.supervise.TimedCall;
import dev.pincer.spi.IntegrationContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.Model;
import dev.pincer.spi.ModelRequest;
import dev.pincer.spi.ModelResult;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A confined model under time limits: every call runs on its own platform thread, a call that overruns is
 * interrupted, and a throw or a {@code null} becomes {@link ModelResult.Failed} with a redacted reason.
 */
public final class SupervisedModel implements Model {
    private static final Duration START_LIMIT = Duration.ofSeconds(10);
    private static final Duration COMPLETE_LIMIT = Duration.ofSeconds(180);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final String integration;
    private final Model delegate;
    private final UnaryOperator<String> redact;
    private final Consumer<String> problems;
    private final Runnable onStop;

    /**
     * @param integration the model's name, for threads and problems
     * @param delegate the untrusted model
     * @param redact removes secrets from text that came from the integration
     * @param problems receives each problem, redacted
     * @param onStop what else stopping involves, such as closing the model's egress
     */
    public SupervisedModel(String integration, Model delegate, UnaryOperator<String> redact, Consumer<String> problems,
            Runnable onStop) {
        this.integration = Objects.requireNonNull(integration, "integration");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.redact = Objects.requireNonNull(redact, "redact");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.onStop = Objects.requireNonNull(onStop, "onStop");
    }

    @Override
    public void start(IntegrationContext context) {
        TimedCall.start("model '" + integration + "'", START_LIMIT, GRACE, () -> delegate.start(context), redact);
    }

    @Override
    public ModelResult complete(ModelRequest request) throws InterruptedException {
        Outcome<ModelResult> outcome = TimedCall.run(integration + "-complete", COMPLETE_LIMIT, GRACE,
                () -> delegate.complete(request));
        return switch (outcome) {
            case Outcome.Returned<ModelResult> returned when returned.value() instanceof ModelResult.Failed failed ->
                    failed(failed.reason());
            case Outcome.Returned<ModelResult> returned when returned.value() != null -> returned.value();
            case Outcome.Returned<ModelResult> returned -> failed("model '" + integration + "' complete returned null");
            case Outcome.Threw<ModelResult> threw -> failed("model '" + integration + "' complete threw "
                    + threw.error().getClass().getSimpleName() + ": " + threw.error().getMessage());
            case Outcome.Overran<ModelResult> overran -> failed("model '" + integration + "' complete did not return within "
                    + COMPLETE_LIMIT.toSeconds() + " s");
        };
    }

    private ModelResult failed(String why) {
        String reason = redact.apply(why);
        problems.accept(reason);
        return new ModelResult.Failed(reason);
    }

    @Override
    public void stop() {
        try {
            delegate.stop();
        } catch (RuntimeException e) {
            problems.accept(redact.apply("model '" + integration + "' stop threw: " + e.getMessage()));
        } finally {
            onStop.run();
        }
    }
}
