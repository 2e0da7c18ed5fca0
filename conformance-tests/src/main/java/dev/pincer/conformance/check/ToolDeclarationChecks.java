package dev.pincer.conformance.check;

import dev.pincer.runtime.manifest.Manifest;
import dev.pincer.runtime.tool.ActionDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The manifest checks every tool profile shares: what it claims, where it reaches, and its action table. */
public final class ToolDeclarationChecks {
    private ToolDeclarationChecks() {}

    /**
     * The manifest claims {@code specId} in {@code specVersion} (TOOL-SEC-003) and names exactly one host with one
     * secret bound to it ({@code profileRequirement}).
     */
    public static <H extends ToolHarness> Check<H> claimsTheProfile(String specId, String specVersion, String host, String secret,
            String profileRequirement) {
        return Check.of("declares the " + specId + " profile, only " + host + ", and " + secret + " bound to it",
                Set.of("TOOL-SEC-003", profileRequirement), (h, v) -> {
                    Manifest m = h.manifest();
                    v.expect("TOOL-SEC-003", "tool".equals(m.kind()) && specId.equals(m.spec()) && specVersion.equals(m.specVersion()),
                            "kind \"tool\", spec \"" + specId + "\", specVersion \"" + specVersion + "\"",
                            () -> "kind \"" + m.kind() + "\", spec \"" + m.spec() + "\", specVersion \"" + m.specVersion() + "\" in " + m.file());
                    v.expect(profileRequirement, m.egress().equals(List.of(host)) && m.secrets().equals(Map.of(secret, List.of(host))),
                            "egress [\"" + host + "\"] and secrets {\"" + secret + "\": [\"" + host + "\"]}",
                            () -> "egress " + m.egress() + " and secrets " + m.secrets() + " in " + m.file());
                });
    }

    /** The manifest declares exactly the actions of the table in {@code tableRequirement}, with their effects and resources. */
    public static <H extends ToolHarness> Check<H> declaresTheProfilesActions(String tableRequirement) {
        return Check.of("declares exactly the actions of the profile's table, with their effects and resources",
                Set.of("TOOL-DECL-001", tableRequirement), (h, v) -> {
                    Map<String, List<String>> expected = ActionTable.of(h.specs(), tableRequirement);
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
                    v.expect(List.of("TOOL-DECL-001", tableRequirement), !expected.isEmpty() && differences.isEmpty(),
                            "the actions " + expected + " (name: [effect, resource])",
                            () -> expected.isEmpty() ? "the profile's table could not be read" : String.join("; ", differences));
                });
    }
}
