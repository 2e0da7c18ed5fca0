package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import dev.pincer.spi.Guard;
import dev.pincer.spi.GuardAction;
import dev.pincer.spi.GuardVerdict;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A guard under test, wired as the runtime wires it: no hosts, no secrets, a virtual clock, a seeded random
 * source, a recording log and a real SQLite state.
 *
 * <p>Each {@link #start()} makes a fresh instance (loaded with {@code Guard.class}) in a fresh class loader, with
 * the configuration of the last {@link #start(Map)} (the manifest's at first), so that {@link #restart()} keeps it.
 * Every {@link #inspect} is timed in real time and kept, with its verdict, for the invariants.
 */
public final class GuardHarness extends IntegrationHarness {
    /** One {@code inspect}: the action, the verdict (null if it threw or returned null), what it threw, how long it took. */
    public record Inspection(GuardAction action, GuardVerdict verdict, Throwable thrown, Duration realTime) {}

    private final List<Inspection> inspections = Collections.synchronizedList(new ArrayList<>());
    private Map<String, String> config;
    private Guard guard;

    /** A harness for {@code integration}, whose randomness {@code seed} drives. */
    public GuardHarness(LoadedIntegration integration, SpecLibrary specs, long seed) throws IOException {
        super(integration, specs, seed, Map.of());
        this.config = integration.manifest().config();
    }

    /** Starts a fresh instance with the configuration of the last {@link #start(Map)}, or the manifest's. */
    @Override
    public void start() {
        start(config);
    }

    /** Starts a fresh instance with {@code newConfig}, as after a process start; later restarts keep it. */
    public void start(Map<String, String> newConfig) {
        stop();
        config = Map.copyOf(newConfig);
        HarnessContext context = openContext(vault, config);
        guard = integration().newInstance(Guard.class);
        starting(() -> guard.start(context));
    }

    /** Stops the current instance; the next start gets a new, empty state. */
    public void startOver() {
        freshState();
    }

    @Override
    void stopInstance() {
        guard.stop();
    }

    /** Moves the virtual clock forward to {@code instant}; an earlier instant leaves it where it is. */
    public void at(Instant instant) {
        Duration ahead = Duration.between(clock.now(), instant);
        if (ahead.isPositive()) {
            clock.advance(ahead);
        }
    }

    /**
     * Calls {@code inspect} on the current instance, in this thread, timing it.
     *
     * @return the verdict, or null if {@code inspect} threw or returned null (both kept in {@link #inspections()})
     */
    public GuardVerdict inspect(GuardAction action) {
        Objects.requireNonNull(action, "action");
        long start = System.nanoTime();
        GuardVerdict verdict = null;
        Throwable thrown = null;
        try {
            verdict = guard.inspect(action);
            switch (verdict) {
                case null -> { }
                case GuardVerdict.Pass pass -> { }
                case GuardVerdict.Ask ask -> keep(ask.reason());
                case GuardVerdict.Deny deny -> keep(deny.reason());
            }
        } catch (RuntimeException | StackOverflowError e) {
            thrown = e;
            remember(e);
        }
        inspections.add(new Inspection(action, verdict, thrown, Duration.ofNanos(System.nanoTime() - start)));
        return verdict;
    }

    /** Every inspection so far, in order. */
    public List<Inspection> inspections() {
        synchronized (inspections) {
            return List.copyOf(inspections);
        }
    }
}
