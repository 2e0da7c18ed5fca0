package dev.pincer.conformance.anthropic;

import dev.pincer.conformance.check.Check;
import dev.pincer.runtime.manifest.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The manifest check: the profile claimed, a Model as the entry, only api.anthropic.com, the key bound to it. */
final class SecurityChecks {
    private SecurityChecks() {}

    static Check<AnthropicHarness> manifestClaimsTheProfile(String specVersion) {
        return Check.of("declares a model of the Anthropic profile, only api.anthropic.com, and the key bound to it",
                Set.of("MOD-SEC-003", "ANT-SEC-001"), (h, v) -> {
                    Manifest m = h.manifest();
                    Optional<String> entry = h.entryProblem();
                    v.expect("MOD-SEC-003", "model".equals(m.kind()) && AnthropicSuite.SPEC_ID.equals(m.spec())
                                    && specVersion.equals(m.specVersion()) && entry.isEmpty(),
                            "kind \"model\", spec \"" + AnthropicSuite.SPEC_ID + "\", specVersion \"" + specVersion
                                    + "\", and an entry class that implements dev.pincer.spi.Model",
                            () -> "kind \"" + m.kind() + "\", spec \"" + m.spec() + "\", specVersion \"" + m.specVersion() + "\" in "
                                    + m.file() + entry.map(problem -> "; " + problem).orElse(""));
                    Map<String, List<String>> secrets = Map.of(AnthropicHarness.SECRET_NAME, List.of(AnthropicHarness.HOST));
                    v.expect("ANT-SEC-001", m.egress().equals(List.of(AnthropicHarness.HOST)) && m.secrets().equals(secrets),
                            "egress [\"api.anthropic.com\"] and secrets {\"ANTHROPIC_API_KEY\": [\"api.anthropic.com\"]}",
                            () -> "egress " + m.egress() + " and secrets " + m.secrets() + " in " + m.file());
                });
    }
}
