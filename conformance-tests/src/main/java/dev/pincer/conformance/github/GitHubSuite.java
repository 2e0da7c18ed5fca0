package dev.pincer.conformance.github;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.check.ToolInvariants;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The conformance checks of {@code specs/tools/github.md} and the tool spec it extends. */
public final class GitHubSuite extends HarnessedSuite<GitHubHarness> {
    static final String SPEC_ID = "tools/github";
    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    @Override
    public String specId() {
        return SPEC_ID;
    }

    @Override
    protected GitHubHarness harness(LoadedIntegration integration, SpecLibrary specs, long seed) throws Exception {
        return new GitHubHarness(integration, specs, seed);
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

    @Override
    protected String redact(String text) {
        return PLACEHOLDER.matcher(text.replace(GitHubHarness.TOKEN, "[secret:GITHUB_TOKEN]")).replaceAll("[secret:GITHUB_TOKEN]");
    }
}
