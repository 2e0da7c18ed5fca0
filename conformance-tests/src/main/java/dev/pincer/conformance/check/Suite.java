package dev.pincer.conformance.check;

import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.util.List;
import java.util.Set;

/** The checks for one spec, with the harness they need. */
public interface Suite {

    /** The spec this suite judges, such as {@code channels/telegram}. */
    String specId();

    /** Every check and invariant, with the requirements each proves; used for traceability. */
    List<Check<?>> checks();

    /** Runs every check against fresh instances of {@code integration}; {@code seed} drives randomness. */
    List<CheckOutcome> run(LoadedIntegration integration, SpecLibrary specs, long seed);

    /** The requirement IDs this suite proves. */
    default Set<String> provenRequirements() {
        return checks().stream().flatMap(c -> c.proves().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
