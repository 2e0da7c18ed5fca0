package dev.pincer.runtime.supervise;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

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
}
