package dev.pincer.conformance.anthropic;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.check.ModelInvariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conformance checks of {@code specs/models/anthropic.md} and the model spec it extends. */
public final class AnthropicSuite extends HarnessedSuite<AnthropicHarness> {
    static final String SPEC_ID = "models/anthropic";

    /** The suite, whose harnesses hold a test API key. */
    public AnthropicSuite() {
        super(SPEC_ID, AnthropicHarness::new, Map.of(AnthropicHarness.SECRET_NAME, AnthropicHarness.KEY));
    }

    @Override
    protected List<Check<AnthropicHarness>> checks(String specVersion) {
        List<Check<AnthropicHarness>> checks = new ArrayList<>();
        checks.add(SecurityChecks.manifestClaimsTheProfile(specVersion));
        checks.addAll(LifecycleChecks.all());
        checks.addAll(RequestChecks.all());
        checks.addAll(ResultChecks.all());
        checks.addAll(ErrorChecks.all());
        return checks;
    }

    @Override
    protected List<Check<AnthropicHarness>> invariants() {
        return List.of(ModelInvariants.noSecretLeaked(Set.of("MOD-SEC-001")), ModelInvariants.egressStayedInTheManifest(Set.of("MOD-SEC-002")));
    }
}
