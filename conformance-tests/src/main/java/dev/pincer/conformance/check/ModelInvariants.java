package dev.pincer.conformance.check;

import java.util.Set;

/** The invariants every model suite verifies after every check (MOD-SEC-001 and MOD-SEC-002). */
public final class ModelInvariants {
    private ModelInvariants() {}

    /** Nothing the model emitted (log lines, results, reasons, exception messages) contains a test secret or its placeholder. */
    public static <H extends ModelHarness> Check<H> noSecretLeaked(Set<String> requirementIds) {
        return SecurityInvariants.noSecretLeaked("invariant: no text the model emitted contains a secret or its placeholder",
                requirementIds, "no log line, result, reason or exception message contains the API key or its placeholder",
                "shown redacted; without placeholders each would hold the real key");
    }

    /**
     * Every request went over https to a host the manifest names, and none was refused for its host, scheme or
     * secrets (a request refused because the model was stopping is MOD-LIFE-002's concern).
     */
    public static <H extends ModelHarness> Check<H> egressStayedInTheManifest(Set<String> requirementIds) {
        return SecurityInvariants.egressStayedInTheManifest(requirementIds, true);
    }
}
