package dev.pincer.spi;

/**
 * A model-provider integration: given the conversation so far, produces the assistant's next turn.
 *
 * <p>Lifecycle: the runtime constructs the class named in the manifest, calls {@link #start} once, then calls
 * {@link #complete} from any thread (possibly concurrently, for different conversations), and finally calls
 * {@link #stop} once. The model's name and tunables come from {@link IntegrationContext#config()}; its API key is a
 * placeholder from {@link IntegrationContext#secrets()}. Time only through {@link Clock}, as for channels.
 */
public interface Model {

    /**
     * Prepares the model, for example by reading its configuration; returns within a few seconds.
     *
     * @param context the only way the model reaches the outside world; keep it for later calls
     * @throws IntegrationException if the model cannot run at all (its message is shown to the owner)
     */
    void start(IntegrationContext context);

    /**
     * Asks the provider for the next assistant turn, retrying transient failures itself within the limits its
     * spec sets.
     *
     * @return the outcome; never {@code null}
     * @throws InterruptedException if the runtime is stopping the model
     */
    ModelResult complete(ModelRequest request) throws InterruptedException;

    /** Stops the model: ends any wait, so that {@code complete} returns promptly. Called once. */
    void stop();
}
