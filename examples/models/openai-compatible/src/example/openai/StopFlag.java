package example.openai;

/**
 * Set once when the runtime stops the model; checked before each attempt and each wait.
 *
 * <p>The runtime also interrupts a thread blocked in a request or a wait, so the flag only has to catch the
 * gaps between blocking calls. Thread-safe.
 */
final class StopFlag {
    private volatile boolean raised;

    void raise() {
        raised = true;
    }

    /** Throws if the model is stopping, so that {@code complete} returns without another request. */
    void check() throws InterruptedException {
        if (raised) {
            throw new InterruptedException("the model is stopping");
        }
    }
}
