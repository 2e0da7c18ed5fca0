package dev.pincer.conformance.openai;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.check.ModelInvariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conformance checks of {@code specs/models/openai-compatible.md} and the model spec it extends. */
public final class OpenAiSuite extends HarnessedSuite<OpenAiHarness> {
    static final String SPEC_ID = "models/openai-compatible";

    /** The suite, whose harnesses hold a test API key. */
    public OpenAiSuite() {
        super(SPEC_ID, (integration, specs, seed) -> new OpenAiHarness(integration, specs, seed, false),
                Map.of(OpenAiHarness.SECRET, OpenAiHarness.KEY));
    }

    @Override
    protected List<Check<OpenAiHarness>> checks(String specVersion) {
        List<Check<OpenAiHarness>> checks = new ArrayList<>();
        checks.add(SecurityChecks.manifestClaimsTheProfile(specVersion));
        checks.addAll(LifecycleChecks.all());
        checks.addAll(RequestChecks.all());
        checks.addAll(ResultChecks.all());
        checks.addAll(RetryChecks.all());
        checks.addAll(ErrorChecks.all());
        return checks;
    }

    @Override
    protected List<Check<OpenAiHarness>> invariants() {
        return List.of(ModelInvariants.noSecretLeaked(Set.of("MOD-SEC-001")), ModelInvariants.egressStayedInTheManifest(Set.of("MOD-SEC-002")));
    }
}
