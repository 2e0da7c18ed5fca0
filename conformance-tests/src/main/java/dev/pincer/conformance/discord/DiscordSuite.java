package dev.pincer.conformance.discord;

import dev.pincer.conformance.check.ChannelInvariants;
import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.HarnessedSuite;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The conformance checks of {@code specs/channels/discord.md} and the channel spec it extends. */
public final class DiscordSuite extends HarnessedSuite<DiscordHarness> {
    static final String SPEC_ID = "channels/discord";
    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    @Override
    public String specId() {
        return SPEC_ID;
    }

    @Override
    protected DiscordHarness harness(LoadedIntegration integration, SpecLibrary specs, long seed) throws Exception {
        return new DiscordHarness(integration, specs, seed);
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

    @Override
    protected String redact(String text) {
        return PLACEHOLDER.matcher(text.replace(DiscordHarness.TOKEN, "[secret:DISCORD_BOT_TOKEN]"))
                .replaceAll("[secret:DISCORD_BOT_TOKEN]");
    }
}
