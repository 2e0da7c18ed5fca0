package dev.pincer.runtime.supervise;

import dev.pincer.spi.IntegrationException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Runs one call into an integration on a platform thread of its own and waits for it, at most a limit.
 *
 * <p>A platform thread, not a virtual one: an integration that spins on the CPU would otherwise pin
 * a carrier thread and starve every other virtual thread of the runtime.
 */
public final class TimedCall {
    private TimedCall() {}

    /** Runs {@code body} on a new platform thread named {@code threadName}; interrupts it after {@code limit} and waits {@code grace} more. */
    public static <T> Outcome<T> run(String threadName, Duration limit, Duration grace, Callable<T> body) throws InterruptedException {
        AtomicReference<Outcome<T>> outcome = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().daemon().name(threadName).unstarted(() -> {
            try {
                outcome.set(new Outcome.Returned<>(body.call()));
            } catch (Throwable t) {
                outcome.set(new Outcome.Threw<>(t));
            }
        });
        worker.start();
        try {
            if (worker.join(limit)) {
                return outcome.get();
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            throw e;
        }
        worker.interrupt();
        return new Outcome.Overran<>(worker.join(grace));
    }

    /**
     * Runs the {@code start} of a model or tool on a thread of its own, at most {@code limit}.
     *
     * @param what names the integration in messages, such as {@code model 'anthropic'}
     * @param redact removes secrets from the integration's own message
     * @throws IntegrationException "{@code what} did not start: …" if it threw, overran or was interrupted
     */
    public static void start(String what, Duration limit, Duration grace, Runnable body, UnaryOperator<String> redact) {
        Outcome<Boolean> outcome;
        try {
            outcome = run(what + " start", limit, grace, () -> {
                body.run();
                return Boolean.TRUE;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntegrationException(what + " did not start: interrupted");
        }
        switch (outcome) {
            case Outcome.Returned<Boolean> returned -> { }
            case Outcome.Threw<Boolean> threw -> throw new IntegrationException(what + " did not start: "
                    + redact.apply(String.valueOf(threw.error().getMessage())));
            case Outcome.Overran<Boolean> overran -> throw new IntegrationException(what + " did not start within "
                    + limit.toSeconds() + " s");
        }
    }
}
