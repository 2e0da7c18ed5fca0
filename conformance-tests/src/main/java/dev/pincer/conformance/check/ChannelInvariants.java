package dev.pincer.conformance.check;

import java.util.List;
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
        return Check.of("invariant: no text the channel emitted contains a secret or its placeholder", requirementIds, (h, v) -> {
            List<String> forms = h.secretForms();
            List<String> leaks = h.emittedTexts().stream()
                    .filter(text -> forms.stream().anyMatch(text::contains))
                    .map(text -> "\"" + Texts.abbreviate(h.vault.redact(text)) + "\"")
                    .toList();
            v.expect(requirementIds, leaks.isEmpty(),
                    "no log line, result reason, exception message or webhook answer contains a secret or its placeholder"
                            + " (not even inside a URL)",
                    () -> leaks.size() + " texts contain one (shown redacted; without placeholders each would hold the real secret): "
                            + String.join(", ", leaks.subList(0, Math.min(3, leaks.size()))));
        });
    }

    /**
     * Every request went to a host the manifest names, and none was refused for its host, scheme or
     * secrets (a request refused because the channel was stopping is CH-LIFE-001's concern).
     */
    public static <H extends ChannelHarness> Check<H> egressStayedInTheManifest() {
        return Check.of("invariant: every request went to a host the manifest names", Set.of("CH-SEC-002"), (h, v) -> {
            List<String> foreign = h.egressRecords().stream()
                    .filter(r -> !h.manifest().egress().contains(r.host())
                            || (r.outcome().startsWith("refused") && !ChannelHarness.afterStop(r)))
                    .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()) + " (" + h.vault.redact(r.outcome()) + ")")
                    .toList();
            v.expect("CH-SEC-002", foreign.isEmpty(), "requests only to " + h.manifest().egress() + ", none refused by the runtime",
                    () -> "requests outside the manifest: " + foreign);
        });
    }
}
