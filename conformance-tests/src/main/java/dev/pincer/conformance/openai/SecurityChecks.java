package dev.pincer.conformance.openai;

import dev.pincer.conformance.check.Check;
import dev.pincer.runtime.manifest.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The manifest check: the profile claimed, one host (the base URL's), and the key bound to it. */
final class SecurityChecks {
    private SecurityChecks() {}

    static Check<OpenAiHarness> manifestClaimsTheProfile(String specVersion) {
        return Check.of("declares the OpenAI-compatible profile, the base URL's host only, and the key bound to it",
                Set.of("MOD-SEC-003", "OAI-SEC-001"), (h, v) -> {
                    Manifest m = h.manifest();
                    String loaded;
                    try {
                        h.start();
                        loaded = "";
                    } catch (RuntimeException e) {
                        loaded = "; the entry class did not start: " + e.getMessage();
                    }
                    String startProblem = loaded;
                    v.expect("MOD-SEC-003", "model".equals(m.kind()) && OpenAiSuite.SPEC_ID.equals(m.spec())
                                    && specVersion.equals(m.specVersion()) && startProblem.isEmpty(),
                            "kind \"model\", spec \"" + OpenAiSuite.SPEC_ID + "\", specVersion \"" + specVersion
                                    + "\", and an entry class that implements dev.pincer.spi.Model",
                            () -> "kind \"" + m.kind() + "\", spec \"" + m.spec() + "\", specVersion \"" + m.specVersion() + "\" in "
                                    + m.file() + startProblem);
                    String host = h.host();
                    Map<String, List<String>> expectedSecrets = Map.of(OpenAiHarness.SECRET, List.of(host));
                    v.expect("OAI-SEC-001", m.egress().equals(List.of(host)) && m.secrets().equals(expectedSecrets),
                            "egress [\"" + host + "\"] (the host of baseUrl) and secrets {\"OPENAI_API_KEY\": [\"" + host + "\"]}",
                            () -> "egress " + m.egress() + " and secrets " + m.secrets() + " in " + m.file());
                });
    }
}
