package dev.pincer.conformance.anthropic;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.check.ModelInvariants;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The conformance checks of {@code specs/models/anthropic.md} and the model spec it extends. */
public final class AnthropicSuite extends HarnessedSuite<AnthropicHarness> {
    static final String SPEC_ID = "models/anthropic";
    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    @Override
    public String specId() {
        return SPEC_ID;
    }

    @Override
    protected AnthropicHarness harness(LoadedIntegration integration, SpecLibrary specs, long seed) throws Exception {
        return new AnthropicHarness(integration, specs, seed);
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

    @Override
    protected String redact(String text) {
        return PLACEHOLDER.matcher(text.replace(AnthropicHarness.KEY, "[secret:ANTHROPIC_API_KEY]")).replaceAll("[secret:ANTHROPIC_API_KEY]");
    }
}
