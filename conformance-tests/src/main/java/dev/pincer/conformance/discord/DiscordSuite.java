package dev.pincer.conformance.discord;

import dev.pincer.conformance.check.Check;
import dev.pincer.conformance.check.CheckOutcome;
import dev.pincer.conformance.check.CheckRunner;
import dev.pincer.conformance.check.Suite;
import dev.pincer.conformance.spec.SpecLibrary;
import dev.pincer.runtime.load.LoadedIntegration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The conformance checks of {@code specs/channels/discord.md} and the channel spec it extends. */
public final class DiscordSuite implements Suite {
    static final String SPEC_ID = "channels/discord";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final Pattern PLACEHOLDER = Pattern.compile("pincer-secret-[0-9a-f]{24}");

    @Override
    public String specId() {
        return SPEC_ID;
    }

    @Override
    public List<Check<?>> checks() {
        List<Check<?>> all = new ArrayList<>(checks("0.0"));
        all.addAll(invariants());
        return all;
    }

    @Override
    public List<CheckOutcome> run(LoadedIntegration integration, SpecLibrary specs, long seed) {
        CheckRunner<DiscordHarness> runner = new CheckRunner<>(s -> new DiscordHarness(integration, specs, s),
                invariants(), TIME_LIMIT, DiscordSuite::redact);
        List<Check<DiscordHarness>> checks = checks(specs.spec(SPEC_ID).version());
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            outcomes.add(runner.run(checks.get(i), seed + i));
        }
        return outcomes;
    }

    private static List<Check<DiscordHarness>> checks(String specVersion) {
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

    private static List<Check<DiscordHarness>> invariants() {
        return List.of(SecurityChecks.noSecretLeaked(), SecurityChecks.egressStayedInTheManifest());
    }

    private static String redact(String text) {
        return PLACEHOLDER.matcher(text.replace(DiscordHarness.TOKEN, "[secret:DISCORD_BOT_TOKEN]"))
                .replaceAll("[secret:DISCORD_BOT_TOKEN]");
    }
}
