package dev.pincer.conformance.telegram;

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

    static Check<TelegramHarness> manifestClaimsTheProfile(String specVersion) {
        return Check.of("declares the Telegram profile, only api.telegram.org, and the token bound to it",
                Set.of("TG-SEC-002", "CH-SEC-003"), (h, v) -> {
                    Manifest m = h.manifest();
                    v.expect("CH-SEC-003", "channel".equals(m.kind()) && "channels/telegram".equals(m.spec()) && specVersion.equals(m.specVersion()),
                            "kind \"channel\", spec \"channels/telegram\", specVersion \"" + specVersion + "\"",
                            () -> "kind \"" + m.kind() + "\", spec \"" + m.spec() + "\", specVersion \"" + m.specVersion() + "\" in " + m.file());
                    Map<String, List<String>> expectedSecrets = Map.of(TelegramHarness.SECRET_NAME, List.of(TelegramHarness.HOST));
                    v.expect("TG-SEC-002", m.egress().equals(List.of(TelegramHarness.HOST)) && m.secrets().equals(expectedSecrets),
                            "egress [\"api.telegram.org\"] and secrets {\"TELEGRAM_BOT_TOKEN\": [\"api.telegram.org\"]}",
                            () -> "egress " + m.egress() + " and secrets " + m.secrets() + " in " + m.file());
                });
    }

    /** After every check: nothing the channel emitted contains the token, encoded or not, or its placeholder. */
    static Check<TelegramHarness> noSecretLeaked() {
        return Check.of("invariant: no text the channel emitted contains the token or its placeholder",
                Set.of("TG-SEC-001", "CH-SEC-001"), (h, v) -> {
                    String placeholder = h.vault.secrets().get(TelegramHarness.SECRET_NAME).placeholder();
                    List<String> forms = List.of(TelegramHarness.TOKEN, URLEncoder.encode(TelegramHarness.TOKEN, StandardCharsets.UTF_8), placeholder);
                    List<String> leaks = h.emittedTexts().stream()
                            .filter(text -> forms.stream().anyMatch(text::contains))
                            .map(text -> "\"" + Observations.abbreviate(h.vault.redact(text)) + "\"")
                            .toList();
                    v.expect(List.of("TG-SEC-001", "CH-SEC-001"), leaks.isEmpty(),
                            "no log line, result reason or exception message contains the token or its placeholder (not even inside a URL)",
                            () -> leaks.size() + " texts contain it (shown redacted; without placeholders each would hold the real token): "
                                    + String.join(", ", leaks.subList(0, Math.min(3, leaks.size()))));
                });
    }

    /**
     * After every check: every request went to a host the manifest names, and none was refused for its
     * host, scheme or secrets (a request refused because the channel was stopping is CH-LIFE-001's concern).
     */
    static Check<TelegramHarness> egressStayedInTheManifest() {
        return Check.of("invariant: every request went to a host the manifest names",
                Set.of("CH-SEC-002"), (h, v) -> {
                    List<String> foreign = h.egressRecords().stream()
                            .filter(r -> !h.manifest().egress().contains(r.host())
                                    || (r.outcome().startsWith("refused") && !TelegramHarness.afterStop(r)))
                            .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()) + " (" + h.vault.redact(r.outcome()) + ")")
                            .toList();
                    v.expect("CH-SEC-002", foreign.isEmpty(), "requests only to " + h.manifest().egress() + ", none refused by the runtime",
                            () -> "requests outside the manifest: " + foreign);
                });
    }
}
