package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.Check;
import dev.pincer.runtime.manifest.Manifest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The manifest check, and the invariants verified after every check: no secret leaked, no foreign egress. */
final class SecurityChecks {
    private SecurityChecks() {}

    static Check<SlackHarness> manifestClaimsTheProfile(String specVersion) {
        return Check.of("declares the Slack profile, only slack.com, the token bound to it and the signing secret to no host",
                Set.of("SL-SEC-001", "CH-SEC-003"), (h, v) -> {
                    Manifest m = h.manifest();
                    v.expect("CH-SEC-003", "channel".equals(m.kind()) && "channels/slack".equals(m.spec()) && specVersion.equals(m.specVersion()),
                            "kind \"channel\", spec \"channels/slack\", specVersion \"" + specVersion + "\"",
                            () -> "kind \"" + m.kind() + "\", spec \"" + m.spec() + "\", specVersion \"" + m.specVersion() + "\" in " + m.file());
                    Map<String, List<String>> expected = Map.of(SlackHarness.TOKEN_NAME, List.of(SlackHarness.HOST), SlackHarness.SIGNING_NAME, List.of());
                    v.expect("SL-SEC-001", m.egress().equals(List.of(SlackHarness.HOST)) && m.secrets().equals(expected),
                            "egress [\"slack.com\"] and secrets {\"SLACK_BOT_TOKEN\": [\"slack.com\"], \"SLACK_SIGNING_SECRET\": []}",
                            () -> "egress " + m.egress() + " and secrets " + m.secrets() + " in " + m.file());
                });
    }

    /** After every check: nothing the channel emitted contains either secret, encoded or not, or a placeholder. */
    static Check<SlackHarness> noSecretLeaked() {
        return Check.of("invariant: no text the channel emitted contains the token, the signing secret or their placeholders",
                Set.of("SL-SEC-002", "CH-SEC-001"), (h, v) -> {
                    List<String> forms = new java.util.ArrayList<>();
                    for (String secret : List.of(SlackHarness.TOKEN, SlackHarness.SIGNING_SECRET)) {
                        forms.add(secret);
                        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
                    }
                    for (String name : List.of(SlackHarness.TOKEN_NAME, SlackHarness.SIGNING_NAME)) {
                        try {
                            forms.add(h.vault.secrets().get(name).placeholder());
                        } catch (RuntimeException e) {
                            // a manifest without this secret has no placeholder for it; SL-SEC-001 reports that
                        }
                    }
                    List<String> leaks = h.emittedTexts().stream()
                            .filter(text -> text != null && forms.stream().anyMatch(text::contains))
                            .map(text -> "\"" + Events.abbreviate(h.vault.redact(text)) + "\"")
                            .toList();
                    v.expect(List.of("SL-SEC-002", "CH-SEC-001"), leaks.isEmpty(),
                            "no log line, result reason, exception message or webhook answer contains a secret or its placeholder",
                            () -> leaks.size() + " texts contain one (shown redacted): " + String.join(", ", leaks.subList(0, Math.min(3, leaks.size()))));
                });
    }

    /** After every check: every request went to a host the manifest names, none refused for host, scheme or secrets. */
    static Check<SlackHarness> egressStayedInTheManifest() {
        return Check.of("invariant: every request went to a host the manifest names",
                Set.of("CH-SEC-002"), (h, v) -> {
                    List<String> foreign = h.egressRecords().stream()
                            .filter(r -> !h.manifest().egress().contains(r.host())
                                    || (r.outcome().startsWith("refused") && !SlackHarness.afterStop(r)))
                            .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()) + " (" + h.vault.redact(r.outcome()) + ")")
                            .toList();
                    v.expect("CH-SEC-002", foreign.isEmpty(), "requests only to " + h.manifest().egress() + ", none refused by the runtime",
                            () -> "requests outside the manifest: " + foreign);
                });
    }
}
