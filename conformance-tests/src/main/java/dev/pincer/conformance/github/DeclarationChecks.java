package dev.pincer.conformance.github;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.ToolDeclarationChecks;
import java.util.List;

/** The manifest: what it claims, where it may reach, and the actions it declares against the profile's table. */
final class DeclarationChecks {
    private DeclarationChecks() {}

    static List<Check<GitHubHarness>> all(String specVersion) {
        return List.of(ToolDeclarationChecks.claimsTheProfile(GitHubSuite.SPEC_ID, specVersion, GitHubHarness.HOST,
                GitHubHarness.SECRET_NAME, "GH-SEC-001"), ToolDeclarationChecks.declaresTheProfilesActions("GH-DECL-001"));
    }
}
