package dev.pincer.conformance.check;

import java.util.List;
import java.util.Set;

/** The secret and egress invariants, for a harness of any kind; each kind's invariants class words them. */
final class SecurityInvariants {
    private SecurityInvariants() {}

    /**
     * Nothing the integration emitted contains a test secret, URL-encoded or not, or the placeholder standing for it.
     *
     * @param name the check's name
     * @param expected what the report says was expected
     * @param shown how the report says the leaking texts are shown, before it lists up to three
     */
    static <H extends IntegrationHarness> Check<H> noSecretLeaked(String name, Set<String> requirementIds, String expected,
            String shown) {
        return Check.of(name, requirementIds, (h, v) -> {
            List<String> forms = h.secretForms();
            List<String> leaks = h.emittedTexts().stream()
                    .filter(text -> forms.stream().anyMatch(text::contains))
                    .map(text -> "\"" + Texts.abbreviate(h.vault.redact(text)) + "\"")
                    .toList();
            v.expect(requirementIds, leaks.isEmpty(), expected,
                    () -> leaks.size() + " texts contain one (" + shown + "): "
                            + String.join(", ", leaks.subList(0, Math.min(3, leaks.size()))));
        });
    }

    /**
     * Every request went to a host the manifest names (over https, if {@code httpsOnly}), and none was refused for
     * its host, scheme or secrets; a request refused because the integration was stopping is a lifecycle concern.
     */
    static <H extends IntegrationHarness> Check<H> egressStayedInTheManifest(Set<String> requirementIds, boolean httpsOnly) {
        String over = httpsOnly ? " over https" : "";
        return Check.of("invariant: every request went" + over + " to a host the manifest names", requirementIds, (h, v) -> {
            List<String> foreign = h.egressRecords().stream()
                    .filter(r -> !h.manifest().egress().contains(r.host()) || (httpsOnly && !"https".equals(r.uri().getScheme()))
                            || (r.outcome().startsWith("refused") && !IntegrationHarness.afterStop(r)))
                    .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()) + " (" + h.vault.redact(r.outcome()) + ")")
                    .toList();
            v.expect(requirementIds, foreign.isEmpty(),
                    "requests only" + over + " to " + h.manifest().egress() + ", none refused by the runtime",
                    () -> "requests outside the manifest: " + foreign);
        });
    }
}
