package dev.pincer.spi;

/**
 * A tool integration: named actions the assistant may take, such as reading an issue tracker or sending email.
 *
 * <p>Each action, its JSON Schema for arguments, its effect and the resource it touches are declared in the
 * manifest, not in code: the runtime checks the arguments against the schema and asks the owner's permissions
 * before it calls {@link #invoke}, so an invocation that arrives here is one the owner allowed.
 *
 * <p>Lifecycle: the runtime constructs the class named in the manifest, calls {@link #start} once, then calls
 * {@link #invoke} from any thread (possibly concurrently), and finally calls {@link #stop} once.
 */
public interface Tool {

    /**
     * Prepares the tool; returns within a few seconds.
     *
     * @param context the only way the tool reaches the outside world; keep it for later calls
     * @throws IntegrationException if the tool cannot run at all (its message is shown to the owner)
     */
    void start(IntegrationContext context);

    /**
     * Runs one action.
     *
     * <p>The runtime may invoke again with the same {@link ToolInvocation#id()} after a crash; an action with an
     * effect other than {@code read} must not take effect twice for one id when the platform offers a way to
     * prevent it.
     *
     * @return the outcome; never {@code null}
     * @throws InterruptedException if the runtime is stopping the tool
     */
    ToolOutcome invoke(ToolInvocation invocation) throws InterruptedException;

    /** Stops the tool: ends any wait, so that {@code invoke} returns promptly. Called once. */
    void stop();
}
