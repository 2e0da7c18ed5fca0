package dev.pincer.conformance.openai;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.check.ModelInvariants;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The conformance checks of {@code specs/models/openai-compatible.md} and the model spec it extends. */
public final class OpenAiSuite extends HarnessedSuite<OpenAiHarness> {
    static final String SPEC_ID = "models/openai-compatible";
    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    @Override
    public String specId() {
        return SPEC_ID;
    }

    @Override
    protected OpenAiHarness harness(LoadedIntegration integration, SpecLibrary specs, long seed) throws Exception {
        return new OpenAiHarness(integration, specs, seed, false);
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

    @Override
    protected String redact(String text) {
        return PLACEHOLDER.matcher(text.replace(OpenAiHarness.KEY, "[secret:OPENAI_API_KEY]")).replaceAll("[secret:OPENAI_API_KEY]");
    }
}
