package dev.pincer.conformance.discord;

import dev.pincer.conformance.check.Check;
import dev.pincer.runtime.manifest.Manifest;
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
}
