package dev.pincer.conformance.telegram;

import dev.pincer.conformance.check.Check;
import dev.pincer.runtime.manifest.Manifest;
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
}
