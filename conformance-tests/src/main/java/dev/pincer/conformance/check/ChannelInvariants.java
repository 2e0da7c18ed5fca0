package dev.pincer.conformance.check;

import java.util.Set;

/** The invariants every channel suite verifies after every check. */
public final class ChannelInvariants {
    private ChannelInvariants() {}

    /**
     * Nothing the channel emitted (log lines, result reasons, exception messages, webhook answers)
     * contains a test secret, URL-encoded or not, or the placeholder standing for it.
     *
     * @param requirementIds the requirements this proves, such as CH-SEC-001 and the profile's own
     */
    public static <H extends ChannelHarness> Check<H> noSecretLeaked(Set<String> requirementIds) {
        return SecurityInvariants.noSecretLeaked("invariant: no text the channel emitted contains a secret or its placeholder",
                requirementIds, "no log line, result reason, exception message or webhook answer contains a secret or its"
                        + " placeholder (not even inside a URL)",
                "shown redacted; without placeholders each would hold the real secret");
    }

    /**
     * Every request went to a host the manifest names, and none was refused for its host, scheme or
     * secrets (a request refused because the channel was stopping is CH-LIFE-001's concern).
     */
    public static <H extends ChannelHarness> Check<H> egressStayedInTheManifest() {
        return SecurityInvariants.egressStayedInTheManifest(Set.of("CH-SEC-002"), false);
    }
}
