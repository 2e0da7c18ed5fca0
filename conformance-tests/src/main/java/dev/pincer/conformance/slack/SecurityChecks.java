package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.Check;
import dev.pincer.runtime.manifest.Manifest;
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
}
