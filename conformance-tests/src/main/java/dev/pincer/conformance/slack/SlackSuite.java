package dev.pincer.conformance.slack;

import dev.pincer.conformance.check.ChannelInvariants;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conformance checks of {@code specs/channels/slack.md} and the channel spec it extends. */
public final class SlackSuite extends HarnessedSuite<SlackHarness> {
    static final String SPEC_ID = "channels/slack";

    /** The suite, whose harnesses hold a test bot token and signing secret. */
    public SlackSuite() {
        super(SPEC_ID, SlackHarness::new,
                Map.of(SlackHarness.TOKEN_NAME, SlackHarness.TOKEN, SlackHarness.SIGNING_NAME, SlackHarness.SIGNING_SECRET));
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
}
