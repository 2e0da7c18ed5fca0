package example.anthropic;

/**
 * Set once when the runtime stops the model; each attempt checks it first.
 *
 * <p>The runtime also interrupts a blocked {@code complete} and cancels its request, so the flag only has to catch
 * the gaps between blocking calls. Thread-safe.
 */
final class StopFlag {
    private volatile boolean raised;

    void raise() {
        raised = true;
    }

    /** Throws if the model is stopping, so that the caller returns without starting the next attempt. */
    void check() throws InterruptedException {
        if (raised) {
            throw new InterruptedException("the Anthropic model is stopping");
        }
    }
}
