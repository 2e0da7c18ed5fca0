package dev.pincer.conformance.github;

import dev.pincer.conformance.check.Check;
import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.runtime.tool.ActionDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The manifest: what it claims, where it may reach, and the actions it declares against the profile's table. */
final class DeclarationChecks {
    private DeclarationChecks() {}

    static List<Check<GitHubHarness>> all(String specVersion) {
        return List.of(manifestClaimsTheProfile(specVersion), declaresTheProfilesActions());
    }

    static Check<GitHubHarness> manifestClaimsTheProfile(String specVersion) {
        return Check.of("declares the GitHub profile, only api.github.com, and the token bound to it",
                Set.of("TOOL-SEC-003", "GH-SEC-001"), (h, v) -> {
                    Manifest m = h.manifest();
                    v.expect("TOOL-SEC-003", "tool".equals(m.kind()) && "tools/github".equals(m.spec()) && specVersion.equals(m.specVersion()),
                            "kind \"tool\", spec \"tools/github\", specVersion \"" + specVersion + "\"",
                            () -> "kind \"" + m.kind() + "\", spec \"" + m.spec() + "\", specVersion \"" + m.specVersion() + "\" in " + m.file());
                    Map<String, List<String>> secrets = Map.of(GitHubHarness.SECRET_NAME, List.of(GitHubHarness.HOST));
                    v.expect("GH-SEC-001", m.egress().equals(List.of(GitHubHarness.HOST)) && m.secrets().equals(secrets),
                            "egress [\"api.github.com\"] and secrets {\"GITHUB_TOKEN\": [\"api.github.com\"]}",
                            () -> "egress " + m.egress() + " and secrets " + m.secrets() + " in " + m.file());
                });
    }

    static Check<GitHubHarness> declaresTheProfilesActions() {
        return Check.of("declares exactly the actions of the profile's table, with their effects and resources",
                Set.of("TOOL-DECL-001", "GH-DECL-001"), (h, v) -> {
                    Map<String, List<String>> expected = ActionTable.of(h.specs(), "GH-DECL-001");
                    Map<String, List<String>> declared = new LinkedHashMap<>();
                    for (ActionDeclaration action : h.manifest().actions()) {
                        declared.put(action.name(), List.of(action.effect().wireName(), action.resource().text()));
                    }
                    List<String> differences = new ArrayList<>();
                    expected.forEach((name, row) -> {
                        if (!declared.containsKey(name)) {
                            differences.add(name + " is not declared");
                        } else if (!declared.get(name).equals(row)) {
                            differences.add(name + " is declared with effect and resource " + declared.get(name) + ", the table says " + row);
                        }
                    });
                    declared.keySet().stream().filter(name -> !expected.containsKey(name))
                            .forEach(name -> differences.add(name + " is declared but not in the table"));
                    v.expect(List.of("TOOL-DECL-001", "GH-DECL-001"), !expected.isEmpty() && differences.isEmpty(),
                            "the actions " + expected + " (name: [effect, resource])",
                            () -> expected.isEmpty() ? "the profile's table could not be read" : String.join("; ", differences));
                });
    }
}
