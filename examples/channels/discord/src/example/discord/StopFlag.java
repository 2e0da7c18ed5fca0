package example.discord;

/**
 * Set once when the runtime stops the channel; the loops check it between steps.
 *
 * <p>The runtime also interrupts a blocked {@code receive}, cancels in-flight requests and closes the
 * gateway WebSocket, so the flag only has to catch the gaps between blocking calls. Thread-safe.
 */
final class StopFlag {
    private volatile boolean raised;

    void raise() {
        raised = true;
    }

    /** Throws if the channel is stopping, so that the caller returns without starting the next step. */
    void check() throws InterruptedException {
        if (raised) {
            throw new InterruptedException("the Discord channel is stopping");
        }
    }
}
