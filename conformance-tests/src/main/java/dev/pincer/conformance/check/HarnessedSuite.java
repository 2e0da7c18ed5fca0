package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A suite whose checks each run on a fresh harness of type {@code H}, with the same invariants
 * verified after every check and a real-time limit per check.
 */
public abstract class HarnessedSuite<H extends AutoCloseable> implements Suite {
    /** The real time one check may take before it is called stuck. */
    protected static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /** The checks, for a spec of this version (a check of the manifest compares it). */
    protected abstract List<Check<H>> checks(String specVersion);

    /** The checks run after every check, on the same harness. */
    protected abstract List<Check<H>> invariants();

    /** A fresh harness for one check. */
    protected abstract H harness(LoadedIntegration integration, SpecLibrary specs, long seed) throws Exception;

    /** Removes the suite's test secrets and their placeholders from text taken from the integration. */
    protected abstract String redact(String text);

    @Override
    public final List<Check<?>> checks() {
        List<Check<?>> all = new ArrayList<>(checks("0.0"));
        all.addAll(invariants());
        return all;
    }

    @Override
    public final List<CheckOutcome> run(LoadedIntegration integration, SpecLibrary specs, long seed) {
        CheckRunner<H> runner = new CheckRunner<>(s -> harness(integration, specs, s), invariants(), TIME_LIMIT, this::redact);
        List<Check<H>> checks = checks(specs.spec(specId()).version());
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            outcomes.add(runner.run(checks.get(i), seed + i));
        }
        return outcomes;
    }
}
