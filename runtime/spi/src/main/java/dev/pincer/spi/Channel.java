package dev.pincer.spi;

/**
 * A chat-channel integration: receives messages from one platform and sends replies to it.
 *
 * <p>Lifecycle: the runtime constructs the class named in the manifest, calls {@link #start} once,
 * then calls {@link #receive} repeatedly on one dedicated thread while it calls {@link #send} from
 * other threads, and finally calls {@link #stop} once. {@code send} may run concurrently with
 * {@code receive}, but the runtime never calls {@code send} concurrently for the same conversation.
 *
 * <p>Time: an implementation waits only with {@link Clock#sleep} of its context, never with
 * {@code Thread.sleep}, and reads time only from {@link Clock#now}. The conformance suite runs it on
 * a virtual clock, so a 30-second wait takes no real time.
 */
public interface Channel {

    /**
     * Prepares the channel, for example by checking its credentials; returns within a few seconds.
     *
     * @param context the only way the channel reaches the outside world; keep it for later calls
     * @throws IntegrationException if the channel cannot run at all (its message is shown to the owner)
     */
    void start(ChannelContext context);

    /**
     * Waits once for inbound messages and hands each, in platform order, to {@link ChannelContext#inbox()}.
     *
     * <p>One call is one round, for example one long poll. A message may be acknowledged to the
     * platform (so that the platform will not deliver it again) only after the inbox answered
     * {@link Acceptance.Accepted} or {@link Acceptance.Duplicate} for it. Progress that must survive a
     * restart, such as a poll offset, belongs in {@link IntegrationContext#state()}.
     *
     * <p>Push-based channels that receive through other means may return {@link ReceiveResult#idle}
     * after waiting with the clock.
     *
     * @return what the runtime should do next: call again, wait first, or stop the channel
     * @throws InterruptedException if the runtime is stopping the channel
     */
    ReceiveResult receive() throws InterruptedException;

    /**
     * Delivers one outbound message, retrying transient failures itself within the limits its spec sets.
     *
     * <p>The runtime may call {@code send} again with the same {@link OutboundMessage#id()} after a
     * {@link SendResult.RetryLater} or after a crash; parts already delivered for that id must not be
     * delivered again.
     *
     * @return the outcome; never {@code null}
     * @throws InterruptedException if the runtime is stopping the channel
     */
    SendResult send(OutboundMessage message) throws InterruptedException;

    /**
     * Stops the channel: ends any wait, so that {@code receive} and {@code send} return promptly.
     *
     * <p>Called once, possibly from another thread while {@code receive} is blocked; the runtime also
     * interrupts the receiving thread and cancels in-flight HTTP requests.
     */
    void stop();
}
