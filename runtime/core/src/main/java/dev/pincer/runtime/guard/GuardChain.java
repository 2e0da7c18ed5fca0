package dev.pincer.runtime.guard;

import dev.pincer.runtime.supervise.Outcome;
import dev.pincer.runtime.supervise.TimedCall;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The configured guards, asked in order about each proposed action; the strictest verdict wins.
 *
 * <p>Each {@code inspect} runs on a thread of its own for at most {@link #TIME_LIMIT}. A guard that throws, returns
 * {@code null} or overruns gives {@link GuardResult.Level#DENY} with the reason "guard NAME failed: … (fail closed)".
 * A pass never widens: the chain's result is only ever combined by taking the strictest with the owner's policy.
 * Asking stops at the first denial. Thread-safe as far as the guards are.
 */
public final class GuardChain implements AutoCloseable {
    /** How long one guard may take to inspect one action. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(1);

    private static final Duration GRACE = Duration.ofMillis(200);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(2);
    private static final int REASON_LIMIT = 500;

    private final List<LoadedGuard> guards;
    private final Duration limit;

    private GuardChain(List<LoadedGuard> guards, Duration limit) {
        this.guards = List.copyOf(guards);
        this.limit = limit;
    }

    /** A chain of {@code guards}, asked in this order. */
    public static GuardChain of(List<LoadedGuard> guards) {
        return new GuardChain(Objects.requireNonNull(guards, "guards"), TIME_LIMIT);
    }

    /** A chain without guards, which allows everything it is asked about. */
    public static GuardChain empty() {
        return of(List.of());
    }

    /** The same guards with another time limit per inspection; for tests. */
    GuardChain withTimeLimit(Duration newLimit) {
        return new GuardChain(guards, newLimit);
    }

    /** The guards' names, in order. */
    public List<String> names() {
        return guards.stream().map(LoadedGuard::name).toList();
    }

    /**
     * Asks every guard about {@code action} and returns the strictest verdict.
     *
     * @return {@link GuardResult#ALLOWED} when every guard passed; otherwise the first of the strictest verdicts,
     *     naming its guard, with the reason redacted and cut to 500 characters
     */
    public GuardResult inspect(GuardAction action) {
        Objects.requireNonNull(action, "action");
        GuardResult strictest = GuardResult.ALLOWED;
        for (LoadedGuard guard : guards) {
            GuardResult result = ask(guard, action);
            if (result.level().compareTo(strictest.level()) > 0) {
                strictest = result;
            }
            if (strictest.level() == GuardResult.Level.DENY) {
                break;
            }
        }
        return strictest;
    }

    private GuardResult ask(LoadedGuard guard, GuardAction action) {
        Outcome<GuardVerdict> outcome;
        try {
            outcome = TimedCall.run("guard " + guard.name() + " inspect", limit, GRACE, () -> guard.guard().inspect(action));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(guard, "interrupted while it inspected");
        }
        return switch (outcome) {
            case Outcome.Returned<GuardVerdict> returned -> switch (returned.value()) {
                case null -> failed(guard, "inspect returned null");
                case GuardVerdict.Pass pass -> GuardResult.ALLOWED;
                case GuardVerdict.Ask ask -> new GuardResult(GuardResult.Level.ASK, guard.name(), clean(guard, ask.reason()));
                case GuardVerdict.Deny deny -> new GuardResult(GuardResult.Level.DENY, guard.name(), clean(guard, deny.reason()));
            };
            case Outcome.Threw<GuardVerdict> threw -> failed(guard, "inspect threw " + threw.error().getClass().getSimpleName()
                    + (threw.error().getMessage() == null ? "" : ": " + threw.error().getMessage()));
            case Outcome.Overran<GuardVerdict> overran -> failed(guard, "inspect did not answer within "
                    + limit.toMillis() + " ms");
        };
    }

    private static GuardResult failed(LoadedGuard guard, String what) {
        return new GuardResult(GuardResult.Level.DENY, guard.name(),
                "guard " + guard.name() + " failed: " + clean(guard, what) + " (fail closed)");
    }

    private static String clean(LoadedGuard guard, String text) {
        String redacted = guard.redact().apply(text).strip();
        return redacted.length() <= REASON_LIMIT ? redacted : redacted.substring(0, REASON_LIMIT - 1) + "…";
    }

    /** Stops every guard (each at most 2 s), then releases what the runtime opened for it. Call once. */
    @Override
    public void close() {
        for (LoadedGuard guard : guards) {
            try {
                TimedCall.run("guard " + guard.name() + " stop", STOP_LIMIT, GRACE, () -> {
                    guard.guard().stop();
                    return Boolean.TRUE;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                guard.release().run();
            }
        }
    }
}
