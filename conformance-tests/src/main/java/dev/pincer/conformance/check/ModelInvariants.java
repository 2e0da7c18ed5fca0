package dev.pincer.conformance.check;

import java.util.List;
import java.util.Set;

/** The invariants every model suite verifies after every check (MOD-SEC-001 and MOD-SEC-002). */
public final class ModelInvariants {
    private ModelInvariants() {}

    /** Nothing the model emitted (log lines, results, reasons, exception messages) contains a test secret or its placeholder. */
    public static <H extends ModelHarness> Check<H> noSecretLeaked(Set<String> requirementIds) {
        return Check.of("invariant: no text the model emitted contains a secret or its placeholder", requirementIds, (h, v) -> {
            List<String> forms = h.secretForms();
            List<String> leaks = h.emittedTexts().stream()
                    .filter(text -> forms.stream().anyMatch(text::contains))
                    .map(text -> "\"" + Texts.abbreviate(h.vault.redact(text)) + "\"")
                    .toList();
            v.expect(requirementIds, leaks.isEmpty(),
                    "no log line, result, reason or exception message contains the API key or its placeholder",
                    () -> leaks.size() + " texts contain one (shown redacted; without placeholders each would hold the real key): "
                            + String.join(", ", leaks.subList(0, Math.min(3, leaks.size()))));
        });
    }

    /**
     * Every request went over https to a host the manifest names, and none was refused for its host, scheme or
     * secrets (a request refused because the model was stopping is MOD-LIFE-002's concern).
     */
    public static <H extends ModelHarness> Check<H> egressStayedInTheManifest(Set<String> requirementIds) {
        return Check.of("invariant: every request went over https to a host the manifest names", requirementIds, (h, v) -> {
            List<String> foreign = h.egressRecords().stream()
                    .filter(r -> !h.manifest().egress().contains(r.host()) || !"https".equals(r.uri().getScheme())
                            || (r.outcome().startsWith("refused") && !ModelHarness.afterStop(r)))
                    .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()) + " (" + h.vault.redact(r.outcome()) + ")")
                    .toList();
            v.expect(requirementIds, foreign.isEmpty(), "requests only over https to " + h.manifest().egress() + ", none refused by the runtime",
                    () -> "requests outside the manifest: " + foreign);
        });
    }
}
