package dev.pincer.spi;

/**
 * A guard integration: a security control that inspects each action the assistant proposes and may deny it or
 * ask the owner first.
 *
 * <p>A guard can only tighten. The runtime takes the strictest of the owner's policy and every guard's verdict,
 * so a {@link GuardVerdict.Pass} never turns a denial or a question into an allowance. Its manifest declares no
 * egress hosts and no secrets: its context gives it a clock, randomness, a log, durable state and configuration.
 *
 * <p>Lifecycle: the runtime constructs the class named in the manifest, calls {@link #start} once, then calls
 * {@link #inspect} from any thread (possibly concurrently), and finally calls {@link #stop} once.
 */
public interface Guard {

    /**
     * Prepares the guard and validates its configuration; returns within a few seconds.
     *
     * @param context the clock, randomness, log, state and configuration; keep it for later calls
     * @throws IntegrationException if the configuration is invalid: name the key and its valid values
     */
    void start(IntegrationContext context);

    /**
     * Judges one proposed action, quickly: the runtime waits at most 1 second.
     *
     * <p>A guard that throws, returns {@code null} or overruns counts as {@link GuardVerdict.Deny}: guards fail
     * closed. Given the same clock, state and configuration, the verdict is the same.
     *
     * @return the verdict; never {@code null}
     */
    GuardVerdict inspect(GuardAction action);

    /** Stops the guard; called once. The default does nothing. */
    default void stop() {}
}
