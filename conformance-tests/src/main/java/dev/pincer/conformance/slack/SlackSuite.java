package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.ChannelInvariants;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The conformance checks of {@code specs/channels/slack.md} and the channel spec it extends. */
public final class SlackSuite extends HarnessedSuite<SlackHarness> {
    static final String SPEC_ID = "channels/slack";
    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    @Override
    public String specId() {
        return SPEC_ID;
    }

    @Override
    protected SlackHarness harness(LoadedIntegration integration, SpecLibrary specs, long seed) throws Exception {
        return new SlackHarness(integration, specs, seed);
    }

    @Override
    protected List<Check<SlackHarness>> checks(String specVersion) {
        List<Check<SlackHarness>> checks = new ArrayList<>();
        checks.add(SecurityChecks.manifestClaimsTheProfile(specVersion));
        checks.addAll(LifecycleChecks.all());
        checks.addAll(VerificationChecks.all());
        checks.addAll(DeliveryChecks.all());
        checks.addAll(MappingChecks.all());
        checks.addAll(SendChecks.all());
        checks.addAll(RetryChecks.all());
        return checks;
    }

    @Override
    protected List<Check<SlackHarness>> invariants() {
        return List.of(ChannelInvariants.noSecretLeaked(Set.of("SL-SEC-002", "CH-SEC-001")), ChannelInvariants.egressStayedInTheManifest());
    }

    @Override
    protected String redact(String text) {
        return PLACEHOLDER.matcher(text.replace(SlackHarness.TOKEN, "[secret:SLACK_BOT_TOKEN]")
                        .replace(SlackHarness.SIGNING_SECRET, "[secret:SLACK_SIGNING_SECRET]"))
                .replaceAll("[secret]");
    }
}
