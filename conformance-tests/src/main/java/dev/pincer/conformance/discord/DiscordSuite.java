package dev.pincer.conformance.discord;

import dev.pincer.conformance.check.ChannelInvariants;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The conformance checks of {@code specs/channels/discord.md} and the channel spec it extends. */
public final class DiscordSuite extends HarnessedSuite<DiscordHarness> {
    static final String SPEC_ID = "channels/discord";

    /** The suite, whose harnesses hold a test bot token. */
    public DiscordSuite() {
        super(SPEC_ID, DiscordHarness::new, Map.of(DiscordHarness.SECRET_NAME, DiscordHarness.TOKEN));
    }

    @Override
    protected List<Check<DiscordHarness>> checks(String specVersion) {
        List<Check<DiscordHarness>> checks = new ArrayList<>();
        checks.add(SecurityChecks.manifestClaimsTheProfile(specVersion));
        checks.addAll(GatewayChecks.all());
        checks.addAll(ResumeChecks.all());
        checks.addAll(ReceiveChecks.all());
        checks.addAll(LifecycleChecks.all());
        checks.addAll(SendChecks.all());
        checks.addAll(RateLimitChecks.all());
        checks.add(InteractionChecks.verifiesSignaturesAndAnswersPing());
        return checks;
    }

    @Override
    protected List<Check<DiscordHarness>> invariants() {
        return List.of(ChannelInvariants.noSecretLeaked(Set.of("CH-SEC-001")), ChannelInvariants.egressStayedInTheManifest());
    }
}
