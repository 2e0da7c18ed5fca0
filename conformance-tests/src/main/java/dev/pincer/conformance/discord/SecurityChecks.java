package dev.pincer.conformance.discord;

import dev.pincer.conformance.check.Check;
import dev.pincer.runtime.manifest.Manifest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The manifest check, and the invariants verified after every check: no secret leaked, no foreign egress. */
final class SecurityChecks {
    private static final List<String> HOSTS = List.of(DiscordHarness.REST_HOST, DiscordHarness.GATEWAY_HOST);

    private SecurityChecks() {}

    static Check<DiscordHarness> manifestClaimsTheProfile(String specVersion) {
        return Check.of("declares the Discord profile, discord.com and gateway.discord.gg, the token bound to both, and the public key",
                Set.of("DC-SEC-001", "CH-SEC-003"), (h, v) -> {
                    Manifest m = h.manifest();
                    v.expect("CH-SEC-003", "channel".equals(m.kind()) && "channels/discord".equals(m.spec()) && specVersion.equals(m.specVersion()),
                            "kind \"channel\", spec \"channels/discord\", specVersion \"" + specVersion + "\"",
                            () -> "kind \"" + m.kind() + "\", spec \"" + m.spec() + "\", specVersion \"" + m.specVersion() + "\" in " + m.file());
                    boolean ok = m.egress().equals(HOSTS) && m.secrets().equals(Map.of(DiscordHarness.SECRET_NAME, HOSTS))
                            && m.config().containsKey("DISCORD_PUBLIC_KEY");
                    v.expect("DC-SEC-001", ok,
                            "egress " + HOSTS + ", secrets {\"DISCORD_BOT_TOKEN\": " + HOSTS + "} and config key DISCORD_PUBLIC_KEY",
                            () -> "egress " + m.egress() + ", secrets " + m.secrets() + " and config keys " + m.config().keySet() + " in " + m.file());
                });
    }

    static Check<DiscordHarness> noSecretLeaked() {
        return Check.of("invariant: no text the channel emitted contains the token or its placeholder",
                Set.of("CH-SEC-001"), (h, v) -> {
                    String placeholder = h.vault.secrets().get(DiscordHarness.SECRET_NAME).placeholder();
                    List<String> forms = List.of(DiscordHarness.TOKEN, URLEncoder.encode(DiscordHarness.TOKEN, StandardCharsets.UTF_8), placeholder);
                    List<String> leaks = h.emittedTexts().stream()
                            .filter(text -> forms.stream().anyMatch(text::contains))
                            .map(text -> "\"" + Observations.abbreviate(h.vault.redact(text)) + "\"")
                            .toList();
                    v.expect("CH-SEC-001", leaks.isEmpty(),
                            "no log line, result reason or exception message contains the token or its placeholder",
                            () -> leaks.size() + " texts contain it (shown redacted): " + String.join(", ", leaks.subList(0, Math.min(3, leaks.size()))));
                });
    }

    static Check<DiscordHarness> egressStayedInTheManifest() {
        return Check.of("invariant: every request went to a host the manifest names",
                Set.of("CH-SEC-002"), (h, v) -> {
                    List<String> foreign = h.egressRecords().stream()
                            .filter(r -> !h.manifest().egress().contains(r.host())
                                    || (r.outcome().startsWith("refused") && !DiscordHarness.afterStop(r)))
                            .map(r -> r.method() + " " + h.vault.redact(r.uri().toString()) + " (" + h.vault.redact(r.outcome()) + ")")
                            .toList();
                    v.expect("CH-SEC-002", foreign.isEmpty(), "requests only to " + h.manifest().egress() + ", none refused by the runtime",
                            () -> "requests outside the manifest: " + foreign);
                });
    }
}
