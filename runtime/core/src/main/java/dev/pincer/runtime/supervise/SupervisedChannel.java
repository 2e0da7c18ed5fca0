package dev.pincer.runtime.supervise;

import dev.pincer.spi.Channel;
import dev.pincer.spi.ChannelContext;
import dev.pincer.spi.IntegrationException;
import dev.pincer.spi.OutboundMessage;
import dev.pincer.spi.ReceiveResult;
import dev.pincer.spi.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A channel as the runtime calls it: every call into the integration runs under a time limit, and
 * whatever the integration throws or returns wrongly becomes a result the runtime can act on.
 *
 * <p>A call that overruns its limit is interrupted; the integration is then stopped, the owner is
 * told through a {@link Problem}, and every later call answers at once without entering the
 * integration. The caller is never held longer than the limit plus the grace. What this cannot do
 * in-process: take back the CPU from code that spins without ever checking for interruption; such a
 * thread goes on running until the process ends (see docs/threat-model.md).
 *
 * <p>Thread-safe: {@code receive} and {@code send} may be called from different threads.
 */
public final class SupervisedChannel implements Channel {
    private final String integration;
    private final Channel delegate;
    private final CallLimits limits;
    private final Consumer<Problem> problems;
    private final UnaryOperator<String> redact;
    private final Clock clock;
    private final Runnable onStop;
    private volatile String stoppedBecause;
    private volatile boolean started;
    private volatile boolean startFailed;
    private int consecutiveCrashes;

    /**
     * @param integration the integration's name, for thread names and problems
     * @param delegate the untrusted channel
     * @param limits the call limits
     * @param problems where problems are reported
     * @param redact removes secrets from any text that came from the integration
     * @param onStop what else stopping involves, such as closing the integration's egress; runs once
     */
    public SupervisedChannel(String integration, Channel delegate, CallLimits limits, Consumer<Problem> problems,
            UnaryOperator<String> redact, Runnable onStop) {
        this(integration, delegate, limits, problems, redact, onStop, Clock.systemUTC());
    }

    SupervisedChannel(String integration, Channel delegate, CallLimits limits, Consumer<Problem> problems,
            UnaryOperator<String> redact, Runnable onStop, Clock clock) {
        this.integration = Objects.requireNonNull(integration, "integration");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.redact = Objects.requireNonNull(redact, "redact");
        this.onStop = Objects.requireNonNull(onStop, "onStop");
        this.clock = clock;
    }

    /**
     * Starts the integration within the start limit.
     *
     * @throws IntegrationException if it threw, overran, or was stopped already; the message is redacted
     */
    @Override
    public void start(ChannelContext context) {
        try {
            Outcome<Boolean> outcome = call("start", limits.start(), () -> {
                delegate.start(context);
                return true;
            });
            switch (outcome) {
                case Outcome.Returned<Boolean> r -> started = true;
                case Outcome.Threw<Boolean> t -> {
                    startFailed = true;
                    throw new IntegrationException(
                            "integration '" + integration + "' could not start: " + describe(t.error()));
                }
                case Outcome.Overran<Boolean> o -> {
                    startFailed = true;
                    throw new IntegrationException(stoppedBecause);
                }
            }
        } catch (InterruptedException e) {
            startFailed = true;
            Thread.currentThread().interrupt();
            throw new IntegrationException("integration '" + integration + "' was stopped while starting");
        }
    }

    /**
     * Whether the channel may be sent to: its {@code start} returned and it was not stopped since. The SPI promises
     * an integration that nothing is sent before {@code start} returned.
     */
    public boolean running() {
        return started && stoppedBecause == null;
    }

    /** Whether {@code start} has not returned yet (or was not called yet), and nothing stopped the channel meanwhile. */
    public boolean starting() {
        return !started && !startFailed && stoppedBecause == null;
    }

    @Override
    public ReceiveResult receive() throws InterruptedException {
        Outcome<ReceiveResult> outcome = call("receive", limits.receive(), delegate::receive);
        return switch (outcome) {
            case Outcome.Returned<ReceiveResult> r when r.value() == null -> crashed("receive() returned null");
            case Outcome.Returned<ReceiveResult> r -> {
                synchronized (this) {
                    consecutiveCrashes = 0;
                }
                yield r.value();
            }
            case Outcome.Threw<ReceiveResult> t when t.error() instanceof InterruptedException e -> throw e;
            case Outcome.Threw<ReceiveResult> t -> crashed("receive() threw " + describe(t.error()));
            case Outcome.Overran<ReceiveResult> o -> new ReceiveResult.Stop(stoppedBecause);
        };
    }

    @Override
    public SendResult send(OutboundMessage message) throws InterruptedException {
        Objects.requireNonNull(message, "message");
        Outcome<SendResult> outcome = call("send", limits.send(), () -> delegate.send(message));
        return switch (outcome) {
            case Outcome.Returned<SendResult> r when r.value() == null -> failed("send() returned null");
            case Outcome.Returned<SendResult> r -> r.value();
            case Outcome.Threw<SendResult> t when t.error() instanceof InterruptedException e -> throw e;
            case Outcome.Threw<SendResult> t -> failed("send() threw " + describe(t.error()));
            case Outcome.Overran<SendResult> o -> new SendResult.Failed(stoppedBecause + "; message " + message.id() + " was not confirmed");
        };
    }

    /** Stops the integration; calls its {@code stop} under the grace limit, then runs the stop action. */
    @Override
    public void stop() {
        stopBecause("stopped by the runtime");
    }

    /** Why the integration was stopped, or {@code null} while it runs. */
    public String stoppedBecause() {
        return stoppedBecause;
    }

    private <T> Outcome<T> call(String what, Duration limit, Callable<T> body) throws InterruptedException {
        String reason = stoppedBecause;
        if (reason != null) {
            return new Outcome.Overran<>(true);
        }
        Outcome<T> outcome = TimedCall.run("pincer-" + integration + "-" + what, limit, limits.grace(), body);
        if (outcome instanceof Outcome.Overran<T> overran) {
            String message = "integration '" + integration + "' did not return from " + what + "() within " + limit.toSeconds()
                    + " s" + (overran.ended() ? "" : ", nor within " + limits.grace().toMillis() + " ms after it was interrupted")
                    + "; it was stopped";
            report(what, message, true);
            stopBecause(message);
        }
        return outcome;
    }

    private ReceiveResult crashed(String what) {
        int crashes;
        synchronized (this) {
            crashes = ++consecutiveCrashes;
        }
        String message = "integration '" + integration + "' " + what;
        if (crashes >= limits.crashesBeforeStop()) {
            String reason = message + " (" + crashes + " times in a row); it was stopped";
            report("receive", reason, true);
            stopBecause(reason);
            return new ReceiveResult.Stop(reason);
        }
        report("receive", message, false);
        return new ReceiveResult.RetryAfter(Duration.ofSeconds(1L << Math.min(crashes, 6)), message);
    }

    private SendResult failed(String what) {
        String message = "integration '" + integration + "' " + what;
        report("send", message, false);
        return new SendResult.Failed(message);
    }

    private void stopBecause(String reason) {
        synchronized (this) {
            if (stoppedBecause != null) {
                return;
            }
            stoppedBecause = reason;
        }
        try {
            Outcome<Boolean> outcome = TimedCall.run("pincer-" + integration + "-stop", limits.grace(), limits.grace(), () -> {
                delegate.stop();
                return true;
            });
            if (!(outcome instanceof Outcome.Returned<Boolean>)) {
                report("stop", "integration '" + integration + "' stop() " + (outcome instanceof Outcome.Threw<Boolean> t
                        ? "threw " + describe(t.error()) : "did not return within " + limits.grace().toMillis() + " ms"), true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            onStop.run();
        }
    }

    private void report(String call, String message, boolean stopped) {
        problems.accept(new Problem(integration, call, redact.apply(message), clock.instant(), stopped));
    }

    private String describe(Throwable error) {
        String message = error.getMessage();
        if (error instanceof IntegrationException && message != null) {
            return redact.apply(message); // the integration's own words for the owner; its class adds nothing
        }
        return error.getClass().getName() + (message == null ? "" : ": " + redact.apply(message));
    }
}
