package dev.pincer.conformance.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Runs checks one at a time, each on a fresh harness, under a real-time limit, then verifies the
 * invariants that must hold after every check.
 *
 * <p>An exception or a time-out fails every requirement the check had not judged yet, with an
 * observation that says where the integration was.
 */
public final class CheckRunner<H extends AutoCloseable> {

    /** Makes a fresh harness for one check. */
    @FunctionalInterface
    public interface HarnessFactory<H> {
        H create(long seed) throws Exception;
    }

    private final HarnessFactory<H> factory;
    private final List<Check<H>> invariants;
    private final Duration timeLimit;
    private final UnaryOperator<String> redact;

    /**
     * @param factory makes a harness per check
     * @param invariants checks run after every check on the same harness
     * @param timeLimit the real time a check may take before it is called stuck
     * @param redact removes secrets from any text taken from the integration
     */
    public CheckRunner(HarnessFactory<H> factory, List<Check<H>> invariants, Duration timeLimit, UnaryOperator<String> redact) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.invariants = List.copyOf(invariants);
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.redact = Objects.requireNonNull(redact, "redact");
    }

    /** Runs one check with {@code seed} for the integration's randomness. */
    public CheckOutcome run(Check<H> check, long seed) {
        Set<String> proves = new HashSet<>(check.proves());
        invariants.forEach(invariant -> proves.addAll(invariant.proves()));
        Verdicts verdicts = new Verdicts(check.name(), proves);
        long start = System.nanoTime();
        AtomicReference<H> harness = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread worker = Thread.ofPlatform().daemon().name("check: " + check.name()).unstarted(() -> {
            try {
                H created = factory.create(seed);
                harness.set(created);
                try {
                    check.body().run(created, verdicts);
                } finally {
                    for (Check<H> invariant : invariants) {
                        invariant.body().run(created, verdicts);
                    }
                }
            } catch (Throwable t) {
                error.set(t);
            }
        });
        worker.start();
        boolean finished = join(worker, timeLimit);
        if (!finished) {
            worker.interrupt();
            closeQuietly(harness.get());
            join(worker, Duration.ofSeconds(2));
            failUnjudged(check, verdicts, "the check finished within " + timeLimit.toSeconds() + " s of real time",
                    "it was still running: the integration is blocked in " + where(worker.getStackTrace())
                            + " (Thread.sleep, a busy wait, or a wait not on context.clock()?)");
        } else {
            closeQuietly(harness.get());
            Throwable t = error.get();
            if (t != null) {
                failUnjudged(check, verdicts, "the scenario ran to its end", describe(t));
            }
        }
        return new CheckOutcome(check.name(), proves, verdicts.all(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void failUnjudged(Check<H> check, Verdicts verdicts, String expected, String observed) {
        List<String> unjudged = new ArrayList<>();
        for (String id : check.proves()) {
            if (!verdicts.judged(id)) {
                unjudged.add(id);
            }
        }
        if (unjudged.isEmpty()) {
            unjudged.addAll(check.proves());
        }
        verdicts.fail(unjudged, expected, observed);
    }

    /** Describes an exception from a scenario: what was thrown, with its message, and where. */
    String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + redact.apply(t.getMessage());
        return "it threw " + t.getClass().getName() + message + " " + where(t.getStackTrace());
    }

    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
                    && !type.startsWith("dev.pincer.")) {
                return "at " + frame;
            }
        }
        return stack.length > 0 ? "at " + stack[0] : "at an unknown place";
    }

    private static boolean join(Thread thread, Duration limit) {
        try {
            return thread.join(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // the harness is being torn down after a failure; its own error adds nothing
        }
    }
}
