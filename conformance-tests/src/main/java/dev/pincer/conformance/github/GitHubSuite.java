package dev.pincer.conformance.github;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.check.ToolInvariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conformance checks of {@code specs/tools/github.md} and the tool spec it extends. */
public final class GitHubSuite extends HarnessedSuite<GitHubHarness> {
    static final String SPEC_ID = "tools/github";

    /** The suite, whose harnesses hold a test token. */
    public GitHubSuite() {
        super(SPEC_ID, GitHubHarness::new, Map.of(GitHubHarness.SECRET_NAME, GitHubHarness.TOKEN));
    }

    @Override
    protected List<Check<GitHubHarness>> checks(String specVersion) {
        List<Check<GitHubHarness>> checks = new ArrayList<>(DeclarationChecks.all(specVersion));
        checks.addAll(LifecycleChecks.all());
        checks.addAll(ActionChecks.all());
        checks.addAll(ErrorChecks.all());
        checks.addAll(ReadRetryChecks.all());
        checks.add(SecurityChecks.refusesNamesThatLeaveThePath());
        return checks;
    }

    @Override
    protected List<Check<GitHubHarness>> invariants() {
        return List.of(ToolInvariants.noSecretLeaked(Set.of("TOOL-SEC-001")), ToolInvariants.egressStayedInTheManifest(),
                ToolInvariants.readsOnlyRead(), ToolInvariants.invokeNeverThrew(), SecurityChecks.requestsStayInTheRepository());
    }
}
